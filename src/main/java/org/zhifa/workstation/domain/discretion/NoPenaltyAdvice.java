package org.zhifa.workstation.domain.discretion;

/** What Art 33 says about not penalising, given the circumstances ticked (R9). */
public enum NoPenaltyAdvice {
    /** Art 33 does not apply: a penalty is given. */
    NONE,
    /** Art 33 ¶1 s.2 首违不罚: 不予处罚 may be decided, with a recorded reason. */
    MAY,
    /** Art 33 ¶1 s.1: 轻微 + 及时改正 + 没有造成危害后果: 不予处罚 is mandatory. */
    MUST
}
