package org.zhifa.workstation.domain.procedure.investigation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhifa.workstation.domain.catalog.CatalogMatter;

/**
 * R7 until the catalog carries article versions: a matter whose note says "仅适用于YYYY年M月D日以前发生的行为"
 * cites a version that is not in force for acts on or after that day.
 */
final class MatterVersion {
    private static final Pattern ONLY_BEFORE = Pattern.compile("仅适用于(\\d{4})年(\\d{1,2})月(\\d{1,2})日以前发生的行为");

    private MatterVersion() {
    }

    /** The first day on which the matter's cited version no longer applies to new acts. */
    static Optional<LocalDate> replacedOn(CatalogMatter matter) {
        if (matter == null || matter.note() == null) {
            return Optional.empty();
        }
        Matcher m = ONLY_BEFORE.matcher(matter.note());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
