package org.zhifa.workstation.cases;

import java.util.List;
import java.util.Map;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.cases.CaseDocument;
import org.zhifa.workstation.domain.cases.CaseDocument.CaseOfficerDocument;
import org.zhifa.workstation.domain.cases.CaseDocument.PartyDocument;
import org.zhifa.workstation.domain.cases.CaseOfficer;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.party.CreditCode;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.party.ValidationResult;
import org.zhifa.workstation.domain.text.Texts;

/** Converts between the case JSON form and the stored case, resolving codes against the reference data. */
final class CaseDocuments {
    private CaseDocuments() {
    }

    static CaseDocument toDocument(CaseRecord c) {
        Party p = c.party();
        PartyDocument party = p == null ? null : new PartyDocument(p.kind(), p.name(), p.idNumber(), p.creditCode(),
                p.gender(), p.birthDate(), p.legalRepresentative(), p.phone(), p.address(), p.serviceAddress());
        List<CaseOfficerDocument> officers = c.officers().stream()
                .map(o -> new CaseOfficerDocument(o.officer().code(), o.duty())).toList();
        return new CaseDocument(CaseDocument.FORMAT, c.caseNo(), c.authority().code(),
                c.matter() == null ? null : c.matter().code(), c.procedure(), c.source(), c.cause(), c.facts(),
                c.actDate(), c.actPlace(), c.discoveredOn(), party, officers, c.actions());
    }

    /**
     * The case as a lead, before any action: the starting point of a replay. Every code must resolve and the
     * party's identity number must pass its check (R34, R35); otherwise a {@link CaseRejectedException}.
     */
    static CaseRecord lead(CaseDocument d, Map<String, Authority> authorities, Map<String, CatalogMatter> catalog,
                           Map<String, Officer> officers) {
        require(CaseDocument.FORMAT.equals(d.format()), "import.error.format", d.format());
        require(d.caseNo() != null && !d.caseNo().isBlank(), "import.error.missing", "caseNo");
        require(d.procedure() != null, "import.error.missing", "procedure");
        require(d.source() != null, "import.error.missing", "source");
        require(d.cause() != null && !d.cause().isBlank(), "import.error.missing", "cause");
        require(d.discoveredOn() != null, "import.error.missing", "discoveredOn");
        require(d.party() != null, "import.error.missing", "party");
        Authority authority = authorities.get(d.authority());
        require(authority != null, "import.error.unknownAuthority", d.authority());
        CatalogMatter matter = d.matter() == null ? null : catalog.get(d.matter());
        require(d.matter() == null || matter != null, "import.error.unknownMatter", d.matter());
        List<CaseOfficer> assigned = (d.officers() == null ? List.<CaseOfficerDocument>of() : d.officers()).stream()
                .map(o -> {
                    Officer officer = officers.get(o.officer());
                    require(officer != null, "import.error.unknownOfficer", o.officer());
                    return new CaseOfficer(officer, o.duty());
                }).toList();
        return new CaseRecord(d.caseNo(), authority, matter, party(d.party()), d.procedure(), CaseState.LEAD, d.source(),
                d.cause(), d.facts(), d.actDate(), d.actPlace(), d.discoveredOn(), null, null, null, null, null, 1,
                assigned, List.of());
    }

    private static Party party(PartyDocument p) {
        require(p.kind() != null, "import.error.missing", "party.kind");
        require(p.name() != null && !p.name().isBlank(), "import.error.missing", "party.name");
        ValidationResult<?> check = p.kind() == PartyKind.INDIVIDUAL ? IdNumber.validate(p.idNumber()) : CreditCode.validate(p.creditCode());
        require(check.isValid(), "import.error.party", p.name(), check.reason().orElse(""));
        return new Party(p.kind(), p.name(), p.idNumber(), p.creditCode(), p.gender(), p.birthDate(),
                p.legalRepresentative(), p.phone(), p.address(), p.serviceAddress());
    }

    private static void require(boolean ok, String key, Object... args) {
        if (!ok) {
            throw new CaseRejectedException(List.of(Texts.tr(key, args)));
        }
    }
}
