package org.zhifa.workstation.documents;

import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.settings.DocumentNumberStyle;

/**
 * The 文号 as written (domain.md §4): {@code {机关代字}{文书代字}〔YYYY〕{N}号}, e.g. {@code 八都镇综执罚决〔2025〕15号};
 * "第" and zero padding of the serial follow the settings ({@link DocumentNumberStyle}).
 */
public final class DocumentNumbers {
    private DocumentNumbers() {
    }

    public static String format(Authority authority, String numberCode, int year, int serial, DocumentNumberStyle style) {
        String prefix = authority.documentPrefix() == null || authority.documentPrefix().isBlank()
                ? authority.shortName() : authority.documentPrefix();
        return prefix + numberCode + "〔" + year + "〕" + style.serial(serial);
    }
}
