package org.zhifa.workstation.review;

import java.math.BigDecimal;

/**
 * One defect the audit found: the rubric item it falls under, where it is, what is wrong, and what it cost.
 *
 * @param itemId      the rubric item (V02, F05 …)
 * @param layer       its layer; a VETO finding makes the file 不合格
 * @param category    the item's heading
 * @param item        the item's description
 * @param check       the automatic check that found it
 * @param place       the action and its date, or the document and field
 * @param message     what is wrong
 * @param rule        the rule of domain.md it breaks (R1…R45), or null
 * @param deduction   the points it cost after the item's and the layer's caps (0 for veto findings and for findings
 *                    beyond a cap)
 */
public record Finding(String itemId, RubricLayer layer, String category, String item, String check, String place,
                      String message, String rule, BigDecimal deduction) {

    public boolean veto() {
        return layer == RubricLayer.VETO;
    }
}
