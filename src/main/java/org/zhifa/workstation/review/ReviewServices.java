package org.zhifa.workstation.review;

/**
 * What a front end (the command line, the GUI) needs from this part: the case-file audit. The composition root's
 * service container implements it ({@code CliServices extends ReviewServices}).
 */
public interface ReviewServices {
    CaseFileAuditService caseFileAudit();
}
