package org.zhifa.workstation.domain.authority;

/** What kind of legal body an authority is. */
public enum AuthorityKind {
    /** 乡镇人民政府 deciding under devolved (赋权) or statutory powers. */
    TOWNSHIP_GOVERNMENT,
    /** County-level department (委托 source, or the county review center's host). */
    COUNTY_DEPARTMENT
}
