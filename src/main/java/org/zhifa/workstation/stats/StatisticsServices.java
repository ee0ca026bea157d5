package org.zhifa.workstation.stats;

/**
 * What a front end (the command line, the GUI) needs from this part: the annual statistics and the 公示 register.
 * The composition root's service container implements it ({@code CliServices extends StatisticsServices}).
 */
public interface StatisticsServices {
    AnnualStatisticsService annualStatistics();

    PublicDisclosureService publicDisclosure();
}
