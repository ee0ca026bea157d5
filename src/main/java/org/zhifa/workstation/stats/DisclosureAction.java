package org.zhifa.workstation.stats;

/** What the 公示 register asks for a decision (R33). */
public enum DisclosureAction {
    /** 公示: publish within the working days of the settings after the decision. */
    PUBLISH,
    /** 撤回: withdraw within 3 working days after a change, revocation or finding of unlawfulness or nullity. */
    WITHDRAW
}
