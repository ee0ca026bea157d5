package org.zhifa.workstation.domain.discretion;

import static org.zhifa.workstation.domain.cases.Circumstance.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.zhifa.workstation.domain.cases.Circumstance;
import org.zhifa.workstation.domain.catalog.CatalogMatter;

/**
 * How the ticked circumstances map onto the law (Arts 30–33). The one place the procedure steps and the
 * discretion engine read them from.
 *
 * <ul>
 *   <li>Mandatory 从轻/减轻 (Art 30 ¶2, Art 32): {@link #MANDATORY_MITIGATION}.</li>
 *   <li>Optional 从轻/减轻 (Art 31: not fully incapable): {@link #OPTIONAL_MITIGATION}.</li>
 *   <li>Aggravating (benchmark 从重 circumstances): {@link #AGGRAVATING}.</li>
 *   <li>"轻微": HARM_MINOR or NO_HARM is ticked and neither SERIOUS_HARM nor LARGE_SCALE is.</li>
 *   <li>Art 33 ¶1 s.1 (must not penalise): NO_HARM + CORRECTED_PROMPTLY + 轻微.</li>
 *   <li>Art 33 ¶1 s.2 (首违, may not penalise): FIRST_OFFENSE + 轻微 + CORRECTED_PROMPTLY.</li>
 * </ul>
 */
public final class CircumstanceRules {
    public static final Set<Circumstance> MANDATORY_MITIGATION = Collections.unmodifiableSet(EnumSet.of(
            MINOR_14_TO_18, VOLUNTARILY_REDUCED_HARM, COERCED_OR_DECEIVED, CONFESSED_UNKNOWN_VIOLATION,
            MERITORIOUS_COOPERATION, OTHER_STATUTORY_MITIGATION));
    public static final Set<Circumstance> OPTIONAL_MITIGATION = Collections.unmodifiableSet(EnumSet.of(PARTIAL_INCAPACITY));
    public static final Set<Circumstance> AGGRAVATING = Collections.unmodifiableSet(EnumSet.of(
            REPEAT_OFFENSE, REFUSED_CORRECTION, SERIOUS_HARM, OBSTRUCTED_ENFORCEMENT, LARGE_SCALE));

    private CircumstanceRules() {
    }

    /** A ground on which the law requires 从轻 or 减轻. */
    public static boolean mandatoryMitigation(Set<Circumstance> cs) {
        return cs.stream().anyMatch(MANDATORY_MITIGATION::contains);
    }

    /** A 减轻 ground of Arts 30–32 (mandatory or optional): the only way below the statutory minimum. */
    public static boolean mitigatingGround(Set<Circumstance> cs) {
        return mandatoryMitigation(cs) || cs.stream().anyMatch(OPTIONAL_MITIGATION::contains);
    }

    public static boolean aggravating(Set<Circumstance> cs) {
        return cs.stream().anyMatch(AGGRAVATING::contains);
    }

    /** 违法行为轻微: little or no harm, and nothing marking it serious or large. */
    public static boolean minor(Set<Circumstance> cs) {
        return (cs.contains(HARM_MINOR) || cs.contains(NO_HARM)) && !cs.contains(SERIOUS_HARM) && !cs.contains(LARGE_SCALE);
    }

    /** Art 33 ¶1 s.1: 违法行为轻微并及时改正，没有造成危害后果 → 不予处罚 is mandatory. */
    public static boolean noPenaltyMandatory(Set<Circumstance> cs) {
        return cs.contains(NO_HARM) && cs.contains(CORRECTED_PROMPTLY) && minor(cs);
    }

    /** Art 33 ¶1 s.2: 初次违法且危害后果轻微并及时改正 (the law's conditions, whatever the local list says). */
    public static boolean firstOffenseConditions(Set<Circumstance> cs) {
        return cs.contains(FIRST_OFFENSE) && cs.contains(CORRECTED_PROMPTLY) && minor(cs);
    }

    /** MUST under s.1; MAY under s.2 when the matter is on the 首违不罚 list; NONE otherwise. */
    public static NoPenaltyAdvice noPenaltyAdvice(Set<Circumstance> cs, CatalogMatter matter) {
        if (noPenaltyMandatory(cs)) {
            return NoPenaltyAdvice.MUST;
        }
        if (firstOffenseConditions(cs) && matter != null && matter.firstOffenseListed()) {
            return NoPenaltyAdvice.MAY;
        }
        return NoPenaltyAdvice.NONE;
    }
}
