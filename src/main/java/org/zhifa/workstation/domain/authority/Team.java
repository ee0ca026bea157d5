package org.zhifa.workstation.domain.authority;

/** 综合行政执法队 or the county review center: an internal unit of an authority. */
public record Team(String code, String authorityCode, String name) {
}
