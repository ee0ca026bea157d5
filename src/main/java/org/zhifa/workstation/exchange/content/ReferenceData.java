package org.zhifa.workstation.exchange.content;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.catalog.CatalogMatter;
import org.zhifa.workstation.domain.officer.Officer;

/**
 * reference.json of a CASE_BUNDLE: the township's reference data the case refers to, so the county can replay the
 * case against it without writing any of it into its own tables (docs/bundle-format.md, "Reference data").
 *
 * @param authority the case's 执法主体
 * @param officers  every officer (with the 执法证) whose code appears in the case: handlers, actors, approvers,
 *                  recorders, presiders, reviewers …
 * @param matter    the case's catalog matter with its 裁量基准 tiers (null when the case has none yet)
 */
@JsonPropertyOrder({"format", "authority", "officers", "matter"})
public record ReferenceData(String format, Authority authority, List<Officer> officers, CatalogMatter matter) {
    public static final String FORMAT = "zhifa-reference/1";

    public ReferenceData {
        officers = officers == null ? null : List.copyOf(officers);
    }
}
