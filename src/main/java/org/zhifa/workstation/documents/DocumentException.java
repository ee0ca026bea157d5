package org.zhifa.workstation.documents;

import java.util.Optional;

/**
 * A document could not be produced, for a reason the user can act on: an unknown document type, a field the case
 * cannot fill yet (named with the template), a step the case has not taken, an unreadable or malformed template.
 * The message is Chinese and complete; the command line prints it and exits with 2.
 */
public class DocumentException extends RuntimeException {

    /** What went wrong, for callers that react differently (tests, the GUI). */
    public enum Reason {
        /** The type is not in templates/index.json or not a DocumentType. */
        UNKNOWN_TYPE,
        /** A field, list or flag the template uses (or the index requires) has no value. */
        MISSING_FIELD,
        /** The case has not taken the step the document records (e.g. no decision yet). */
        STEP_MISSING,
        /** The template file or the index cannot be read, or a marker in it is malformed. */
        TEMPLATE,
        /** The case does not exist. */
        CASE_NOT_FOUND,
        /** Writing the DOCX or PDF failed. */
        OUTPUT
    }

    private final Reason reason;
    private final String field;
    private final String template;

    public DocumentException(Reason reason, String message) {
        this(reason, message, null, null, null);
    }

    public DocumentException(Reason reason, String message, Throwable cause) {
        this(reason, message, null, null, cause);
    }

    public DocumentException(Reason reason, String message, String field, String template, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.field = field;
        this.template = template;
    }

    public Reason reason() {
        return reason;
    }

    /** The missing field's name ({@code party.name}, {@code item.title}), for MISSING_FIELD. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The template file concerned ({@code DECISION.docx}), when there is one. */
    public Optional<String> template() {
        return Optional.ofNullable(template);
    }
}
