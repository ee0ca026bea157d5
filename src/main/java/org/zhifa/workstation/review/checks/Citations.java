package org.zhifa.workstation.review.checks;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The substantive articles a document cites: 《law》第N条 with its 款 and 项, the article carried over to a following
 * 款 or 项 ("《…条例》第十七条第一款、第三款" cites 第十七条第一款 and 第十七条第三款). Citations of the procedural
 * laws that every notice and decision cites for their own reasons (行政处罚法, 行政复议法, 行政诉讼法, 行政强制法:
 * rights, 加处罚款, remedies) are left out: what R20 compares is the 违法依据 and 处罚依据 of the matter.
 */
final class Citations {
    private static final String NUMBER = "[一二三四五六七八九十百千零〇两0-9]+";
    private static final String UNIT = "第" + NUMBER + "(?:条(?:之" + NUMBER + ")?|款|项)";
    private static final Pattern CITATION = Pattern.compile(
            "《([^》]{2,60})》((?:" + UNIT + "(?:[、，,和及与]|以及)?)+)");
    private static final Pattern TOKEN = Pattern.compile(UNIT);
    private static final Set<String> PROCEDURAL = Set.of("行政处罚法", "行政复议法", "行政诉讼法", "行政强制法");

    private Citations() {
    }

    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            String law = m.group(1).strip();
            if (PROCEDURAL.stream().anyMatch(law::endsWith)) {
                continue;
            }
            String prefix = "《" + law + "》";
            String article = null;
            String clause = null;
            String item = null;
            boolean pending = false;
            Matcher t = TOKEN.matcher(m.group(2));
            while (t.find()) {
                String tok = t.group();
                if (tok.contains("条")) {
                    if (pending) {
                        out.add(prefix + article + nz(clause) + nz(item));
                    }
                    article = tok;
                    clause = null;
                    item = null;
                } else if (tok.endsWith("款")) {
                    if (pending && (clause != null || item != null)) {
                        out.add(prefix + nz(article) + nz(clause) + nz(item));
                    }
                    clause = tok;
                    item = null;
                } else {
                    if (pending && item != null) {
                        out.add(prefix + nz(article) + nz(clause) + item);
                    }
                    item = tok;
                }
                pending = true;
            }
            if (pending) {
                out.add(prefix + nz(article) + nz(clause) + nz(item));
            }
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
