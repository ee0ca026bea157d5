package org.zhifa.workstation.domain.cases;

/** Why no penalty is given: Art 33 ¶1 s.1 (minor + corrected + no harm), s.2 (first offence), ¶2 (no fault), Art 57(3) facts not established, Art 30 under 14, Art 31 incapacity, Art 36 limitation. */
public enum NoPenaltyGround {
    MINOR_CORRECTED, FIRST_OFFENSE, NO_FAULT, FACTS_NOT_ESTABLISHED, UNDER_14, MENTAL_INCAPACITY, LIMITATION_EXPIRED
}
