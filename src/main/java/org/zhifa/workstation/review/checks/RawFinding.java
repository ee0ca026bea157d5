package org.zhifa.workstation.review.checks;

/**
 * What a check found, before the rubric scores it.
 *
 * @param place   where: the action and its date ("询问笔录 2025-03-04"), or the document and field
 * @param message what is wrong, for a person
 * @param rule    the rule of domain.md it breaks (R1…R45), or null
 */
public record RawFinding(String place, String message, String rule) {
}
