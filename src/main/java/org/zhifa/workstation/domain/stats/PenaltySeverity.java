package org.zhifa.workstation.domain.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhifa.workstation.domain.catalog.PenaltyType;

/**
 * The order in which the statistics rank penalty types, lightest first (R39: a decision with several penalties is
 * counted once, under its heaviest type). The order is practice, not law (domain.md §9 [S]): a setting.
 *
 * <p>Default (domain.md §9): 其他 &lt; 警告 &lt; 通报批评 &lt; 罚款 &lt; 没收违法所得 &lt; 没收非法财物 &lt; 暂扣许可证件 &lt;
 * 降低资质等级 &lt; 限制开展生产经营活动 &lt; 责令停产停业 &lt; 责令关闭 &lt; 限制从业 &lt; 吊销许可证件. §9 does not place
 * 其他 (责令退还土地、限期拆除…); the default puts it lowest, so that any named type outranks it, and counts a
 * decision under 其他 only when it names nothing else. §9 ranks 关闭 and 限制从业 together; the default puts 责令关闭
 * first, the order {@link PenaltyType} declares.
 */
public record PenaltySeverity(List<PenaltyType> lightestFirst) {

    public PenaltySeverity {
        Objects.requireNonNull(lightestFirst, "lightestFirst");
        lightestFirst = List.copyOf(lightestFirst);
        Set<PenaltyType> seen = EnumSet.noneOf(PenaltyType.class);
        for (PenaltyType t : lightestFirst) {
            if (!seen.add(t)) {
                throw new IllegalArgumentException("penalty type listed twice: " + t);
            }
        }
        if (seen.size() != PenaltyType.values().length) {
            Set<PenaltyType> missing = EnumSet.allOf(PenaltyType.class);
            missing.removeAll(seen);
            throw new IllegalArgumentException("severity order misses " + missing);
        }
    }

    /** The default order of domain.md §9 (see the class comment for 其他). */
    public static PenaltySeverity defaults() {
        List<PenaltyType> order = new ArrayList<>();
        order.add(PenaltyType.OTHER);
        for (PenaltyType t : PenaltyType.values()) {
            if (t != PenaltyType.OTHER) {
                order.add(t);
            }
        }
        return new PenaltySeverity(order);
    }

    /** An order given by type names, lightest first (a settings file); every type exactly once. */
    public static PenaltySeverity of(List<String> names) {
        return new PenaltySeverity(names.stream().map(PenaltyType::valueOf).toList());
    }

    /** 0 for the lightest type. */
    public int rank(PenaltyType type) {
        return lightestFirst.indexOf(type);
    }

    /** The heaviest of the types; empty for none. */
    public Optional<PenaltyType> heaviest(Collection<PenaltyType> types) {
        return types.stream().max((a, b) -> Integer.compare(rank(a), rank(b)));
    }

    /** The heaviest type of a stored bit set ({@link CaseStatisticsFacts#mask}); empty for 0. */
    public Optional<PenaltyType> heaviest(int mask) {
        return heaviest(CaseStatisticsFacts.types(mask));
    }

    /** Whether {@code a} is heavier than {@code b}. */
    public boolean heavier(PenaltyType a, PenaltyType b) {
        return rank(a) > rank(b);
    }
}
