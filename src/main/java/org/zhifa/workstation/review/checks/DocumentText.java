package org.zhifa.workstation.review.checks;

/**
 * The text of one produced document of the case.
 *
 * @param docType the document type's name (DECISION, NOTICE …)
 * @param title   its title as produced (行政处罚决定书)
 * @param number  its 文号, or null
 * @param text    the text, paragraphs separated by line breaks
 */
public record DocumentText(String docType, String title, String number, String text) {
}
