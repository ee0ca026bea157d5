package org.zhifa.workstation.stats;

import java.util.List;

/**
 * The figures behind the charts of the 统计 page for one year: cases by month and by matter area (the outcomes come
 * from {@link Indicators}).
 *
 * @param months 12 entries, January first
 * @param areas  the areas with any case in the year, by name
 */
public record StatisticsBreakdown(int year, List<Month> months, List<Area> areas) {

    public StatisticsBreakdown {
        months = List.copyOf(months);
        areas = List.copyOf(areas);
    }

    /** One month: 立案, 结案 and penalty decisions (on-site ones included). */
    public record Month(int month, long filed, long concluded, long decisions) {
    }

    /** One matter area (领域; empty for cases without a matter): 立案 and 当场处罚. */
    public record Area(String area, long filed, long onSite) {
    }
}
