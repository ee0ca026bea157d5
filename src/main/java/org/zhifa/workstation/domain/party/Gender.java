package org.zhifa.workstation.domain.party;

/** Sex as encoded in the 17th digit of a 居民身份证 number (odd male, even female). */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
