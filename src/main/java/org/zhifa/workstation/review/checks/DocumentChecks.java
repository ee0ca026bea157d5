package org.zhifa.workstation.review.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.discretion.Yuan;
import org.zhifa.workstation.domain.party.CreditCode;
import org.zhifa.workstation.domain.party.IdNumber;
import org.zhifa.workstation.domain.party.Party;
import org.zhifa.workstation.domain.party.PartyKind;
import org.zhifa.workstation.domain.party.ValidationResult;
import org.zhifa.workstation.domain.text.Texts;

/**
 * What the produced documents say: amounts in figures equal their 大写 (R36), the party's name and number are the
 * same in the case and in every document that names the party (R40), and no 文号 is used twice (R37). The
 * document checks skip with a note when the case has no produced documents.
 */
final class DocumentChecks {
    private static final String WORDS = "[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+";
    private static final String FIGURE = "([0-9][0-9,，]*(?:\\.[0-9]+)?)";
    /** 人民币400元（大写：人民币肆佰元整）, 400.50元(大写 肆佰元伍角). */
    private static final Pattern FIGURE_THEN_WORDS = Pattern.compile(
            FIGURE + "\\s*元?\\s*[（(]?\\s*大写\\s*[:：]?\\s*((?:人民币)?" + WORDS + ")");
    /** 人民币肆佰元整（¥400.00）, 肆佰元整(小写：400元). */
    private static final Pattern WORDS_THEN_FIGURE = Pattern.compile(
            "((?:人民币)?" + WORDS + ")\\s*[（(]\\s*(?:小写\\s*[:：]?)?\\s*[¥￥]?\\s*" + FIGURE + "\\s*元?\\s*[）)]");
    private static final Pattern ID_TOKEN = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9X](?![0-9A-Za-z])");
    private static final Pattern CREDIT_TOKEN = Pattern.compile("(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Z])");
    private static final List<String> NAMED_TYPES = List.of("FILING_APPROVAL", "ADVANCE_NOTICE", "DECISION",
            "NO_PENALTY_DECISION", "ON_SITE_DECISION", "SERVICE_RECEIPT");
    private static final List<String> NUMBERED_TYPES = List.of("FILING_APPROVAL", "ADVANCE_NOTICE", "DECISION",
            "NO_PENALTY_DECISION", "ON_SITE_DECISION");

    private DocumentChecks() {
    }

    static final Check AMOUNT_WORDS = new Check() {
        @Override
        public String id() {
            return "AMOUNT_WORDS";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            if (in.documents() == null || in.documents().isEmpty()) {
                return CheckOutcome.skip(Texts.tr("review.skip.noDocuments"));
            }
            List<RawFinding> found = new ArrayList<>();
            for (DocumentText d : in.documents()) {
                String text = d.text() == null ? "" : d.text();
                Matcher m = FIGURE_THEN_WORDS.matcher(text);
                while (m.find()) {
                    compare(d, m.group(1), m.group(2), found);
                }
                m = WORDS_THEN_FIGURE.matcher(text);
                while (m.find()) {
                    compare(d, m.group(2), m.group(1), found);
                }
            }
            return CheckOutcome.of(found);
        }

        private void compare(DocumentText d, String figure, String words, List<RawFinding> found) {
            BigDecimal amount;
            try {
                amount = new BigDecimal(figure.replace(",", "").replace("，", ""));
            } catch (NumberFormatException e) {
                return;
            }
            Optional<BigDecimal> read = ChineseAmount.parse(words);
            String place = Places.document(d, Texts.tr("review.place.amount", Yuan.format(amount)));
            if (read.isEmpty()) {
                found.add(new RawFinding(place, Texts.tr("review.check.wordsUnreadable", words), "R36"));
            } else if (read.get().compareTo(amount) != 0) {
                found.add(new RawFinding(place, Texts.tr("review.check.wordsDiffer", Yuan.format(amount), words,
                        Yuan.format(read.get())), "R36"));
            }
        }
    };

    /**
     * R40. In the case: the 身份证 number passes GB 11643 and agrees with the birth date and sex recorded (an
     * organisation's code passes GB 32100). In the documents that name the party (parameter {@code documentTypes},
     * default 立案审批表, 告知书, the decisions, 送达回证): the party's name appears, its number appears in those
     * numbered (all but the 送达回证), and no other valid number of the same kind does.
     */
    static final Check PARTY_IDENTITY = new Check() {
        @Override
        public String id() {
            return "PARTY_IDENTITY";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            CaseRecord c = in.c();
            Party p = c.party();
            List<RawFinding> found = new ArrayList<>();
            if (p == null) {
                found.add(new RawFinding(Places.header(Texts.tr("review.place.party")), Texts.tr("review.check.noParty"), "R40"));
                return CheckOutcome.of(found);
            }
            String partyPlace = Places.header(Texts.tr("review.place.party"));
            if (p.kind() == PartyKind.INDIVIDUAL) {
                ValidationResult<IdNumber> id = IdNumber.validate(p.idNumber(), in.asOf());
                if (!id.isValid()) {
                    found.add(new RawFinding(partyPlace, Texts.tr("review.check.idInvalid", nz(p.idNumber()),
                            id.reason().orElse("")), "R40"));
                } else {
                    IdNumber n = id.orElseThrow();
                    if (p.birthDate() != null && !p.birthDate().equals(n.birthDate())) {
                        found.add(new RawFinding(partyPlace, Texts.tr("review.check.birthDateDiffers", p.birthDate(), n.birthDate()), "R40"));
                    }
                    if (!Places.blank(p.gender()) && !p.gender().strip().equals(n.gender().label())) {
                        found.add(new RawFinding(partyPlace, Texts.tr("review.check.genderDiffers", p.gender(), n.gender().label()), "R40"));
                    }
                }
            } else {
                ValidationResult<CreditCode> code = CreditCode.validate(p.creditCode());
                if (!code.isValid()) {
                    found.add(new RawFinding(partyPlace, Texts.tr("review.check.creditCodeInvalid", nz(p.creditCode()),
                            code.reason().orElse("")), "R40"));
                }
            }
            if (in.documents() == null || in.documents().isEmpty()) {
                return new CheckOutcome(found, Texts.tr("review.skip.noDocumentsParty"));
            }
            List<String> types = list(params, "documentTypes", NAMED_TYPES);
            List<String> numbered = list(params, "numberedTypes", NUMBERED_TYPES);
            String identifier = p.identifier();
            for (DocumentText d : in.documents()) {
                if (!types.contains(d.docType())) {
                    continue;
                }
                String text = d.text() == null ? "" : d.text();
                if (!Places.blank(p.name()) && !text.contains(p.name().strip())) {
                    found.add(new RawFinding(Places.document(d, Texts.tr("review.place.party")),
                            Texts.tr("review.check.nameMissing", p.name()), "R40"));
                }
                if (numbered.contains(d.docType()) && !Places.blank(identifier) && !text.contains(identifier.strip())) {
                    found.add(new RawFinding(Places.document(d, Texts.tr("review.place.partyNumber")),
                            Texts.tr("review.check.numberMissing", identifier), "R40"));
                }
                for (String other : otherNumbers(text, p)) {
                    found.add(new RawFinding(Places.document(d, Texts.tr("review.place.partyNumber")),
                            Texts.tr("review.check.numberDiffers", other, nz(identifier)), "R40"));
                }
            }
            return CheckOutcome.of(found);
        }

        private List<String> otherNumbers(String text, Party p) {
            List<String> others = new ArrayList<>();
            String own = p.identifier() == null ? "" : p.identifier().strip();
            Matcher m = (p.kind() == PartyKind.INDIVIDUAL ? ID_TOKEN : CREDIT_TOKEN).matcher(text);
            while (m.find()) {
                String token = m.group();
                boolean valid = p.kind() == PartyKind.INDIVIDUAL ? IdNumber.validate(token).isValid()
                        : CreditCode.validate(token).isValid();
                if (valid && !token.equals(own) && !others.contains(token)) {
                    others.add(token);
                }
            }
            return others;
        }
    };

    /** R37: no 文号 of the case is used by another document, here or in another case. */
    static final Check DOCUMENT_NUMBERS = new Check() {
        @Override
        public String id() {
            return "DOCUMENT_NUMBERS";
        }

        @Override
        public CheckOutcome run(AuditInput in, Map<String, Object> params) {
            if (in.numbers() == null || in.numbers().isEmpty()) {
                return CheckOutcome.skip(Texts.tr("review.skip.noNumbers"));
            }
            List<RawFinding> found = new ArrayList<>();
            for (IssuedNumber n : in.numbers()) {
                if (n.duplicated()) {
                    found.add(new RawFinding(Texts.tr("review.place.number", n.number()),
                            Texts.tr("review.check.numberDuplicated", n.number(), n.otherCases(), n.otherDocuments()), "R37"));
                }
            }
            return CheckOutcome.of(found);
        }
    };

    private static List<String> list(Map<String, Object> params, String key, List<String> fallback) {
        if (params.get(key) instanceof List<?> l && !l.isEmpty()) {
            return l.stream().map(String::valueOf).toList();
        }
        return fallback;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
