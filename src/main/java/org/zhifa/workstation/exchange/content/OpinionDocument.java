package org.zhifa.workstation.exchange.content;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.zhifa.workstation.domain.cases.ReviewConclusion;

/**
 * opinion.json of a REVIEW_RESULT: the 法制审核意见 on one case bundle.
 *
 * @param caseBundleId the CASE_BUNDLE reviewed
 * @param caseRevision the case revision that bundle carried
 * @param points       the numbered points (补正 / 不同意 need at least one)
 * @param date         the day of the opinion: the REVIEW_OPINION action's date on the township
 */
@JsonPropertyOrder({"format", "caseNo", "caseBundleId", "caseRevision", "conclusion", "points", "legalBasis", "date",
        "reviewer", "reviewCenter"})
public record OpinionDocument(String format, String caseNo, String caseBundleId, int caseRevision,
                              ReviewConclusion conclusion, List<String> points, String legalBasis, LocalDate date,
                              Reviewer reviewer, Center reviewCenter) {
    public static final String FORMAT = "zhifa-review-opinion/1";

    public OpinionDocument {
        points = points == null ? null : List.copyOf(points);
    }

    /** The reviewer: officer code (the same person must be registered on the township), name, 法律职业资格. */
    @JsonPropertyOrder({"code", "name", "legalQualification", "reviewerSince"})
    public record Reviewer(String code, String name, boolean legalQualification, LocalDate reviewerSince) { }

    /** The review center (its authority). */
    @JsonPropertyOrder({"authority", "name"})
    public record Center(String authority, String name) { }
}
