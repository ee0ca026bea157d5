package org.zhifa.workstation.domain.cases;

/** How a fine was paid: bank or e-payment (罚缴分离, Art 67), or collected on site (Arts 68–69). */
public enum PaymentChannel {
    BANK, ELECTRONIC, ON_SITE
}
