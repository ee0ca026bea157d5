package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.AUTHORITY;
import static org.zhifa.workstation.store.jooq.Tables.CERTIFICATE;
import static org.zhifa.workstation.store.jooq.Tables.OFFICER;
import static org.zhifa.workstation.store.jooq.Tables.TEAM;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.authority.AuthorityKind;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.officer.Certificate;
import org.zhifa.workstation.domain.officer.CertificateStatus;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.officer.OfficerRole;

/** Authorities, teams, officers and their certificates. */
public final class ReferenceRepository {

    public long insertAuthority(Tx tx, Authority a) {
        DSLContext ctx = tx.dsl();
        return ctx.insertInto(AUTHORITY)
                .set(AUTHORITY.CODE, a.code())
                .set(AUTHORITY.NAME, a.name())
                .set(AUTHORITY.SHORT_NAME, a.shortName())
                .set(AUTHORITY.KIND, a.kind().name())
                .set(AUTHORITY.DOCUMENT_PREFIX, a.documentPrefix())
                .set(AUTHORITY.RECONSIDERATION_BODY, a.reconsiderationBody())
                .set(AUTHORITY.COURT, a.court())
                .set(AUTHORITY.ADDRESS, a.address())
                .set(AUTHORITY.PHONE, a.phone())
                .set(AUTHORITY.IS_REVIEW_CENTER, a.reviewCenter())
                .returning(AUTHORITY.ID).fetchOne().getId();
    }

    public void insertTeam(Tx tx, Team t) {
        DSLContext ctx = tx.dsl();
        ctx.insertInto(TEAM)
                .set(TEAM.CODE, t.code())
                .set(TEAM.AUTHORITY_ID, authorityId(tx, t.authorityCode()))
                .set(TEAM.NAME, t.name())
                .execute();
    }

    public void insertOfficer(Tx tx, Officer o) {
        DSLContext ctx = tx.dsl();
        Record team = ctx.select(TEAM.ID, TEAM.AUTHORITY_ID).from(TEAM).where(TEAM.CODE.eq(o.teamCode())).fetchOne();
        if (team == null) {
            throw new StoreException("unknown team " + o.teamCode());
        }
        long officerId = ctx.insertInto(OFFICER)
                .set(OFFICER.CODE, o.code())
                .set(OFFICER.TEAM_ID, team.get(TEAM.ID))
                .set(OFFICER.AUTHORITY_ID, team.get(TEAM.AUTHORITY_ID))
                .set(OFFICER.NAME, o.name())
                .set(OFFICER.GENDER, o.gender())
                .set(OFFICER.POSITION, o.position())
                .set(OFFICER.ROLE, o.role().name())
                .set(OFFICER.LEGAL_QUALIFICATION, o.legalQualification())
                .set(OFFICER.REVIEWER_SINCE, o.reviewerSince())
                .set(OFFICER.PHONE, o.phone())
                .returning(OFFICER.ID).fetchOne().getId();
        Certificate c = o.certificate();
        if (c != null) {
            ctx.insertInto(CERTIFICATE)
                    .set(CERTIFICATE.OFFICER_ID, officerId)
                    .set(CERTIFICATE.CERT_NUMBER, c.number())
                    .set(CERTIFICATE.ISSUER, c.issuer())
                    .set(CERTIFICATE.VALID_FROM, c.validFrom())
                    .set(CERTIFICATE.VALID_TO, c.validTo())
                    .set(CERTIFICATE.STATUS, c.status().name())
                    .set(CERTIFICATE.STATUS_NOTE, c.statusNote())
                    .execute();
        }
    }

    public long authorityId(Tx tx, String code) {
        DSLContext ctx = tx.dsl();
        Long id = ctx.select(AUTHORITY.ID).from(AUTHORITY).where(AUTHORITY.CODE.eq(code)).fetchOne(AUTHORITY.ID);
        if (id == null) {
            throw new StoreException("unknown authority " + code);
        }
        return id;
    }

    public long officerId(Tx tx, String code) {
        DSLContext ctx = tx.dsl();
        Long id = ctx.select(OFFICER.ID).from(OFFICER).where(OFFICER.CODE.eq(code)).fetchOne(OFFICER.ID);
        if (id == null) {
            throw new StoreException("unknown officer " + code);
        }
        return id;
    }

    public List<Authority> authorities(Tx tx) {
        DSLContext ctx = tx.dsl();
        return ctx.selectFrom(AUTHORITY).orderBy(AUTHORITY.ID).fetch(ReferenceRepository::toAuthority);
    }

    public Optional<Authority> authorityById(Tx tx, long id) {
        DSLContext ctx = tx.dsl();
        return ctx.selectFrom(AUTHORITY).where(AUTHORITY.ID.eq(id)).fetchOptional(ReferenceRepository::toAuthority);
    }

    public List<Team> teams(Tx tx) {
        DSLContext ctx = tx.dsl();
        return ctx.select(TEAM.CODE, AUTHORITY.CODE, TEAM.NAME).from(TEAM).join(AUTHORITY).on(TEAM.AUTHORITY_ID.eq(AUTHORITY.ID))
                .orderBy(TEAM.ID)
                .fetch(r -> new Team(r.get(TEAM.CODE), r.get(AUTHORITY.CODE), r.get(TEAM.NAME)));
    }

    public List<Officer> officers(Tx tx) {
        DSLContext ctx = tx.dsl();
        return officerQuery(ctx).orderBy(OFFICER.CODE).fetch(ReferenceRepository::toOfficer);
    }

    public Optional<Officer> officerById(Tx tx, long id) {
        DSLContext ctx = tx.dsl();
        return officerQuery(ctx).where(OFFICER.ID.eq(id)).fetchOptional(ReferenceRepository::toOfficer);
    }

    private static org.jooq.SelectOnConditionStep<Record> officerQuery(DSLContext ctx) {
        return ctx.select(OFFICER.fields()).select(CERTIFICATE.fields()).select(TEAM.CODE)
                .from(OFFICER)
                .leftJoin(TEAM).on(OFFICER.TEAM_ID.eq(TEAM.ID))
                .leftJoin(CERTIFICATE).on(CERTIFICATE.OFFICER_ID.eq(OFFICER.ID));
    }

    static Authority toAuthority(Record r) {
        return new Authority(r.get(AUTHORITY.CODE), r.get(AUTHORITY.NAME), r.get(AUTHORITY.SHORT_NAME),
                AuthorityKind.valueOf(r.get(AUTHORITY.KIND)), r.get(AUTHORITY.DOCUMENT_PREFIX),
                r.get(AUTHORITY.RECONSIDERATION_BODY), r.get(AUTHORITY.COURT), r.get(AUTHORITY.ADDRESS),
                r.get(AUTHORITY.PHONE), r.get(AUTHORITY.IS_REVIEW_CENTER));
    }

    static Officer toOfficer(Record r) {
        Certificate certificate = r.get(CERTIFICATE.CERT_NUMBER) == null ? null
                : new Certificate(r.get(CERTIFICATE.CERT_NUMBER), r.get(CERTIFICATE.ISSUER),
                        r.get(CERTIFICATE.VALID_FROM), r.get(CERTIFICATE.VALID_TO),
                        CertificateStatus.valueOf(r.get(CERTIFICATE.STATUS)), r.get(CERTIFICATE.STATUS_NOTE));
        return new Officer(r.get(OFFICER.CODE), r.get(TEAM.CODE), r.get(OFFICER.NAME), r.get(OFFICER.GENDER),
                r.get(OFFICER.POSITION), OfficerRole.valueOf(r.get(OFFICER.ROLE)), r.get(OFFICER.LEGAL_QUALIFICATION),
                r.get(OFFICER.REVIEWER_SINCE), r.get(OFFICER.PHONE), certificate);
    }
}
