package org.zhifa.workstation.domain.settings;

/**
 * Who does the 法制审核 (domain.md S4): the authority's own review staff, or the county review center under the
 * 法制审核协作机制 (浙江条例 Art 24). Labels: key {@code ReviewMode.CONSTANT}.
 */
public enum ReviewMode {
    OWN_STAFF,
    COUNTY_CENTER
}
