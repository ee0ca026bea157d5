package org.zhifa.workstation.documents.fields;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhifa.workstation.documents.DocumentType;
import org.zhifa.workstation.domain.authority.Team;
import org.zhifa.workstation.domain.calendar.LegalCalendar;
import org.zhifa.workstation.domain.officer.Officer;
import org.zhifa.workstation.domain.settings.WorkstationSettings;

/**
 * What {@link CaseFields} needs besides the case: the officers (by code, for names, certificate numbers and phones),
 * the teams (by code, for the 承办机构 and the reviewer's unit), the settings (陈述申辩 days, hearing thresholds,
 * retention), the legal calendar (due dates), and what the document engine knows about the document being made.
 *
 * @param officers       every officer by code (unknown codes make the fields that need them absent)
 * @param teams          the teams by code; may be empty (the 承办机构 then falls back to the authority's name)
 * @param settings       the workstation settings
 * @param calendar       the legal calendar (working days and holidays)
 * @param documentNumber the 文号 allocated to this document ({@code 八都镇综执罚决〔2025〕15号}), or null when the
 *                       type is not numbered or no number is allocated yet ({@code document.number} is then absent)
 * @param documentDate   the day the document is made; the 落款日期 of a document whose action is not recorded yet
 *                       (a 告知书 or 催告书 drafted before it is served) and the fallback for the 卷宗 forms; may be
 *                       null. A document that records an action is dated with that action's date (README).
 * @param numbers        the 文号 already allocated to this case's documents, by type (the latest of each type),
 *                       for documents that cite another one (送达回证, 催告书, 卷宗封面, 结案审批表, 决定书)
 * @param occurrence     which document of the type when the case has several (0-based, in the order of the
 *                       actions, e.g. the second 询问笔录 is 1); null = the latest
 * @param caseFile       the assembled 卷宗 (entries with page ranges, totals) for 卷宗封面, 卷内目录 and 备考表;
 *                       null otherwise (their page fields are then absent)
 */
public record FieldContext(
        Map<String, Officer> officers,
        Map<String, Team> teams,
        WorkstationSettings settings,
        LegalCalendar calendar,
        String documentNumber,
        LocalDate documentDate,
        Map<DocumentType, String> numbers,
        Integer occurrence,
        CaseFileSummary caseFile) {

    public FieldContext {
        officers = Map.copyOf(officers);
        teams = teams == null ? Map.of() : Map.copyOf(teams);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(calendar, "calendar");
        numbers = numbers == null || numbers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(numbers));
        if (occurrence != null && occurrence < 0) {
            throw new IllegalArgumentException("occurrence must be >= 0: " + occurrence);
        }
    }

    /** A context with no document-specific data (no number, no date, the latest occurrence, no 卷宗). */
    public static FieldContext of(Map<String, Officer> officers, Map<String, Team> teams, WorkstationSettings settings,
                                  LegalCalendar calendar) {
        return new FieldContext(officers, teams, settings, calendar, null, null, Map.of(), null, null);
    }

    public FieldContext withDocumentNumber(String number) {
        return new FieldContext(officers, teams, settings, calendar, number, documentDate, numbers, occurrence, caseFile);
    }

    public FieldContext withDocumentDate(LocalDate date) {
        return new FieldContext(officers, teams, settings, calendar, documentNumber, date, numbers, occurrence, caseFile);
    }

    public FieldContext withNumbers(Map<DocumentType, String> allocated) {
        return new FieldContext(officers, teams, settings, calendar, documentNumber, documentDate, allocated, occurrence,
                caseFile);
    }

    public FieldContext withOccurrence(Integer index) {
        return new FieldContext(officers, teams, settings, calendar, documentNumber, documentDate, numbers, index, caseFile);
    }

    public FieldContext withCaseFile(CaseFileSummary file) {
        return new FieldContext(officers, teams, settings, calendar, documentNumber, documentDate, numbers, occurrence, file);
    }

    public Optional<Officer> officer(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(officers.get(code));
    }

    /** The 文号 allocated to the case's document of this type, if any. */
    public Optional<String> number(DocumentType type) {
        return Optional.ofNullable(numbers.get(type)).filter(s -> !s.isBlank());
    }
}
