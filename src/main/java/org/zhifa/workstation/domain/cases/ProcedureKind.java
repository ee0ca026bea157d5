package org.zhifa.workstation.domain.cases;

/** 普通程序 or 简易程序 (on-site). */
public enum ProcedureKind {
    GENERAL, SUMMARY
}
