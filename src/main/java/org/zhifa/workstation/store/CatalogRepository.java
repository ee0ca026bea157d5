package org.zhifa.workstation.store;

import static org.zhifa.workstation.store.jooq.Tables.AUTHORITY;
import static org.zhifa.workstation.store.jooq.Tables.CATALOG_MATTER;
import static org.zhifa.workstation.store.jooq.Tables.DISCRETION_TIER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.catalog.DiscretionTier;
import org.zhifa.workstation.domain.catalog.FineKind;
import org.zhifa.workstation.domain.catalog.FinePrecondition;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.catalog.PowerSource;
import org.zhifa.workstation.domain.catalog.TierLevel;
import org.zhifa.workstation.domain.catalog.Verification;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.store.jooq.tables.records.DiscretionTierRecord;

/** The enforcement-matter catalog (事项目录) with its discretion tiers. */
public final class CatalogRepository {
    private final ReferenceRepository reference;

    public CatalogRepository(ReferenceRepository reference) {
        this.reference = reference;
    }

    public void insert(Tx tx, CatalogMatter m) {
        DSLContext ctx = tx.dsl();
        long matterId = ctx.insertInto(CATALOG_MATTER)
                .set(CATALOG_MATTER.CODE, m.code())
                .set(CATALOG_MATTER.NAME, m.name())
                .set(CATALOG_MATTER.AREA, m.area())
                .set(CATALOG_MATTER.AUTHORITY_ID, m.authorityCode() == null ? null : reference.authorityId(tx, m.authorityCode()))
                .set(CATALOG_MATTER.POWER_SOURCE, m.powerSource().name())
                .set(CATALOG_MATTER.VIOLATED_PROVISION, m.violatedProvision())
                .set(CATALOG_MATTER.PENALTY_PROVISION, m.penaltyProvision())
                .set(CATALOG_MATTER.PENALTY_TYPES, m.penaltyTypes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
                .set(CATALOG_MATTER.STATUTORY_TEXT, m.statutoryText())
                .set(CATALOG_MATTER.FINE_KIND, m.fineKind().name())
                .set(CATALOG_MATTER.FINE_MIN, m.fineMin())
                .set(CATALOG_MATTER.FINE_MAX, m.fineMax())
                .set(CATALOG_MATTER.FINE_UNIT, m.fineUnit())
                .set(CATALOG_MATTER.FINE_PRECONDITION, m.finePrecondition().name())
                .set(CATALOG_MATTER.LIMITATION_YEARS, m.limitationYears())
                .set(CATALOG_MATTER.TWO_OFFICER_EXEMPT, m.twoOfficerExempt())
                .set(CATALOG_MATTER.SEIZURE_ALLOWED, m.seizureAllowed())
                .set(CATALOG_MATTER.NO_PENALTY_LISTED, m.noPenaltyListed())
                .set(CATALOG_MATTER.FIRST_OFFENSE_LISTED, m.firstOffenseListed())
                .set(CATALOG_MATTER.VERIFICATION, m.verification().name())
                .set(CATALOG_MATTER.NOTE, m.note())
                .set(CATALOG_MATTER.BENCHMARK_NAME, m.benchmarkName())
                .set(CATALOG_MATTER.BENCHMARK_VERSION, m.benchmarkVersion())
                .returning(CATALOG_MATTER.ID).fetchOne().getId();
        for (DiscretionTier t : m.tiers()) {
            ctx.insertInto(DISCRETION_TIER)
                    .set(DISCRETION_TIER.MATTER_ID, matterId)
                    .set(DISCRETION_TIER.ORDINAL, t.ordinal())
                    .set(DISCRETION_TIER.TIER, t.tier().name())
                    .set(DISCRETION_TIER.PARTY_KIND, t.partyKind() == null ? null : t.partyKind().name())
                    .set(DISCRETION_TIER.CIRCUMSTANCES, t.circumstances())
                    .set(DISCRETION_TIER.FINE_MIN, t.fineMin())
                    .set(DISCRETION_TIER.FINE_MAX, t.fineMax())
                    .set(DISCRETION_TIER.OTHER_PENALTY, t.otherPenalty())
                    .execute();
        }
    }

    public long matterId(Tx tx, String code) {
        DSLContext ctx = tx.dsl();
        Long id = ctx.select(CATALOG_MATTER.ID).from(CATALOG_MATTER).where(CATALOG_MATTER.CODE.eq(code)).fetchOne(CATALOG_MATTER.ID);
        if (id == null) {
            throw new StoreException("unknown catalog matter " + code);
        }
        return id;
    }

    public List<CatalogMatter> all(Tx tx) {
        DSLContext ctx = tx.dsl();
        Map<Long, List<DiscretionTier>> tiers = ctx.selectFrom(DISCRETION_TIER)
                .orderBy(DISCRETION_TIER.MATTER_ID, DISCRETION_TIER.ORDINAL)
                .fetchGroups(DISCRETION_TIER.MATTER_ID, CatalogRepository::toTier);
        return matterQuery(ctx).orderBy(CATALOG_MATTER.CODE)
                .fetch(r -> toMatter(r, tiers.getOrDefault(r.get(CATALOG_MATTER.ID), List.of())));
    }

    public Optional<CatalogMatter> byId(Tx tx, long id) {
        DSLContext ctx = tx.dsl();
        List<DiscretionTier> tiers = ctx.selectFrom(DISCRETION_TIER).where(DISCRETION_TIER.MATTER_ID.eq(id))
                .orderBy(DISCRETION_TIER.ORDINAL).fetch(CatalogRepository::toTier);
        return matterQuery(ctx).where(CATALOG_MATTER.ID.eq(id)).fetchOptional(r -> toMatter(r, tiers));
    }

    private static org.jooq.SelectOnConditionStep<Record> matterQuery(DSLContext ctx) {
        return ctx.select(CATALOG_MATTER.fields()).select(AUTHORITY.CODE)
                .from(CATALOG_MATTER).leftJoin(AUTHORITY).on(CATALOG_MATTER.AUTHORITY_ID.eq(AUTHORITY.ID));
    }

    private static CatalogMatter toMatter(Record r, List<DiscretionTier> tiers) {
        EnumSet<PenaltyType> types = EnumSet.noneOf(PenaltyType.class);
        String stored = r.get(CATALOG_MATTER.PENALTY_TYPES);
        if (!stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(PenaltyType::valueOf).forEach(types::add);
        }
        return new CatalogMatter(r.get(CATALOG_MATTER.CODE), r.get(CATALOG_MATTER.NAME), r.get(CATALOG_MATTER.AREA),
                r.get(AUTHORITY.CODE), PowerSource.valueOf(r.get(CATALOG_MATTER.POWER_SOURCE)),
                r.get(CATALOG_MATTER.VIOLATED_PROVISION), r.get(CATALOG_MATTER.PENALTY_PROVISION), types,
                r.get(CATALOG_MATTER.STATUTORY_TEXT), FineKind.valueOf(r.get(CATALOG_MATTER.FINE_KIND)),
                r.get(CATALOG_MATTER.FINE_MIN), r.get(CATALOG_MATTER.FINE_MAX), r.get(CATALOG_MATTER.FINE_UNIT),
                FinePrecondition.valueOf(r.get(CATALOG_MATTER.FINE_PRECONDITION)), r.get(CATALOG_MATTER.LIMITATION_YEARS),
                r.get(CATALOG_MATTER.TWO_OFFICER_EXEMPT), r.get(CATALOG_MATTER.SEIZURE_ALLOWED),
                r.get(CATALOG_MATTER.NO_PENALTY_LISTED), r.get(CATALOG_MATTER.FIRST_OFFENSE_LISTED),
                Verification.valueOf(r.get(CATALOG_MATTER.VERIFICATION)), r.get(CATALOG_MATTER.NOTE),
                r.get(CATALOG_MATTER.BENCHMARK_NAME), r.get(CATALOG_MATTER.BENCHMARK_VERSION), tiers);
    }

    private static DiscretionTier toTier(DiscretionTierRecord r) {
        return new DiscretionTier(r.getOrdinal(), TierLevel.valueOf(r.getTier()),
                r.getPartyKind() == null ? null : PartyKind.valueOf(r.getPartyKind()),
                r.getCircumstances(), r.getFineMin(), r.getFineMax(), r.getOtherPenalty());
    }
}
