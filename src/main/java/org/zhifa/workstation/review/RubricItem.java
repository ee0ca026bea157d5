package org.zhifa.workstation.review;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One item of the rubric.
 *
 * @param id           stable identifier (V01, F03, C12 …)
 * @param layer        veto, 卷面 or 内容
 * @param category     the heading it belongs to (主体, 程序, 证据 …)
 * @param description  what the reviewer checks, as the county words it
 * @param basis        the article or rule it rests on
 * @param deduction    points deducted per finding (0 for veto items)
 * @param maxDeduction the most the item can cost in one file
 * @param check        the automatic check that implements it ({@link org.zhifa.workstation.review.checks.Checks}),
 *                     or null for an item only a person can judge (人工评查)
 * @param params       parameters for the check (the deadlines an item scores, a minimum length …)
 */
public record RubricItem(String id, RubricLayer layer, String category, String description, String basis,
                         BigDecimal deduction, BigDecimal maxDeduction, String check, Map<String, Object> params) {

    public RubricItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        deduction = deduction == null ? BigDecimal.ZERO : deduction;
        maxDeduction = maxDeduction == null ? deduction : maxDeduction;
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** Whether an automatic check implements the item. */
    public boolean automatic() {
        return check != null && !check.isBlank();
    }
}
