package org.zhifa.workstation.cases.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.authority.AuthorityKind;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.officer.Certificate;
import org.zhifa.workstation.domain.officer.CertificateStatus;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;
import org.zhifa.workstation.domain.user.Role;
import org.zhifa.workstation.domain.user.User;
import org.zhifa.workstation.store.Stores;

/** A small township (one authority, one team, four officers) for the security tests. */
public final class SecurityFixtures {
    /** Few iterations: the tests check behaviour, not cost. */
    public static final int TEST_ITERATIONS = 1_000;
    public static final Authority TOWNSHIP = new Authority("BADU", "龙泉市八都镇人民政府", "八都镇",
            AuthorityKind.TOWNSHIP_GOVERNMENT, "八都镇综执", "龙泉市人民政府", "龙泉市人民法院", "八都镇八都街1号",
            "0578-7000000", false);
    public static final List<Officer> OFFICERS = List.of(
            officer("O01", "叶建华", OfficerRole.LEAD),
            officer("O02", "毛丽萍", OfficerRole.OFFICER),
            officer("O03", "季明", OfficerRole.REVIEWER),
            officer("O04", "吴小军", OfficerRole.AUXILIARY));

    private SecurityFixtures() {
    }

    public static Officer officer(String code, String name, OfficerRole role) {
        Certificate cert = role == OfficerRole.AUXILIARY ? null
                : new Certificate("浙331181" + code, "浙江省人民政府", LocalDate.of(2023, 1, 1), LocalDate.of(2028, 12, 31),
                        CertificateStatus.VALID, null);
        return new Officer(code, "BADU-ZFD", name, "男", "队员", role, role == OfficerRole.REVIEWER, null,
                "13900000000", cert);
    }

    /** Stores the township and its officers. */
    public static void insertTownship(Stores stores) {
        stores.database().transaction(tx -> {
            stores.reference().insertAuthority(tx, TOWNSHIP);
            stores.reference().insertTeam(tx, new Team("BADU-ZFD", "BADU", "八都镇综合行政执法队"));
            OFFICERS.forEach(o -> stores.reference().insertOfficer(tx, o));
            return null;
        });
    }

    /** A session that was never checked against the store: for permission tests only. */
    public static Session sessionOf(String username, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.OFFICER) : EnumSet.of(roles[0], roles);
        return new Session(new User(username, null, set, true), Instant.parse("2025-03-02T08:00:00Z"));
    }
}
