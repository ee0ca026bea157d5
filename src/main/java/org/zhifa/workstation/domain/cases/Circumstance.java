package org.zhifa.workstation.domain.cases;

/** Circumstances ticked for discretion: Art 32 mitigating grounds, Art 30 minors, first offence, harm, correction, and aggravating ones. */
public enum Circumstance {
    VOLUNTARILY_REDUCED_HARM, COERCED_OR_DECEIVED, CONFESSED_UNKNOWN_VIOLATION, MERITORIOUS_COOPERATION, OTHER_STATUTORY_MITIGATION, MINOR_14_TO_18, PARTIAL_INCAPACITY, FIRST_OFFENSE, HARM_MINOR, NO_HARM, CORRECTED_PROMPTLY, REPEAT_OFFENSE, REFUSED_CORRECTION, SERIOUS_HARM, OBSTRUCTED_ENFORCEMENT, LARGE_SCALE
}
