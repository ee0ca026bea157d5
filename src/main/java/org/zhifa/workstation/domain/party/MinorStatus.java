package org.zhifa.workstation.domain.party;

/** Age bracket at the act date that decides Art 30 treatment (rule R8). */
public enum MinorStatus {
    /** 不满14周岁: 不予处罚, the guardian is ordered to discipline. */
    UNDER_14("不满14周岁"),
    /** 已满14周岁不满18周岁: 从轻或者减轻 is mandatory. */
    FROM_14_TO_18("已满14周岁不满18周岁"),
    /** 已满18周岁. */
    ADULT("已满18周岁");

    private final String label;

    MinorStatus(String label) {
        this.label = label;
    }

    public static MinorStatus ofFullYears(int fullYears) {
        if (fullYears < 0) {
            throw new IllegalArgumentException("negative age: " + fullYears);
        }
        if (fullYears < 14) {
            return UNDER_14;
        }
        return fullYears < 18 ? FROM_14_TO_18 : ADULT;
    }

    public String label() {
        return label;
    }

    /** True when the act may not be punished (Art 30 s.1). */
    public boolean noPenalty() {
        return this == UNDER_14;
    }

    /** True when 从轻 or 减轻 is required (Art 30 s.2). */
    public boolean mitigationRequired() {
        return this == FROM_14_TO_18;
    }
}
