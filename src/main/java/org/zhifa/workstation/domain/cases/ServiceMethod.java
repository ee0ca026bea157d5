package org.zhifa.workstation.domain.cases;

/** 送达方式 (Art 61; 民诉法 Arts 87–95). */
public enum ServiceMethod {
    PERSONAL, LEFT_AT_ADDRESS, ELECTRONIC, POSTAL, COMMISSIONED, FORWARDED, PUBLICATION
}
