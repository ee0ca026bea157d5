package org.zhifa.workstation.domain.procedure;

/** Whether a violation blocks the step (ERROR) or only warns. */
public enum Severity {
    ERROR, WARNING
}
