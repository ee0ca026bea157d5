package org.zhifa.workstation.exchange.bundle;

/** What a bundle carries (docs/bundle-format.md). Labels: key {@code BundleKind.CONSTANT}. */
public enum BundleKind {
    /** 案件包: a case sent by a township to the county review center. */
    CASE_BUNDLE,
    /** 审核结果: the county's 法制审核意见 on a case bundle, back to the township. */
    REVIEW_RESULT,
    /** 目录包: catalog, 裁量基准, holiday calendar and templates from the county to the townships. */
    CATALOG_PACK
}
