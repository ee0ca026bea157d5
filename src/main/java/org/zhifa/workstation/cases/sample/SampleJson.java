package org.zhifa.workstation.cases.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the files in sample-data/ (see sample-data/README.md). */
final class SampleJson {
    private SampleJson() {
    }

    record AuthoritiesFile(List<AuthorityJson> authorities, List<TeamJson> teams) { }

    record AuthorityJson(String code, String name, String shortName, String kind, String documentPrefix,
                         String reconsiderationBody, String court, String address, String phone, boolean reviewCenter) { }

    record TeamJson(String code, String authority, String name) { }

    record OfficersFile(List<OfficerJson> officers) { }

    record OfficerJson(String code, String team, String name, String gender, String position, String role,
                       boolean legalQualification, LocalDate reviewerSince, String phone, CertificateJson certificate) { }

    record CertificateJson(String number, String issuer, LocalDate validFrom, LocalDate validTo, String status,
                           String statusNote) { }

    record HolidaysFile(List<HolidayYearJson> years) { }

    record HolidayYearJson(int year, String source, List<HolidayDayJson> holidays, List<HolidayDayJson> makeUpWorkdays) { }

    record HolidayDayJson(LocalDate date, String name) { }

    record CatalogFile(BenchmarkJson benchmark, List<MatterJson> matters) { }

    record BenchmarkJson(String name, String version) { }

    record MatterJson(String code, String name, String area, String authority, String powerSource,
                      String violatedProvision, String penaltyProvision, List<String> penaltyTypes,
                      String statutoryText, String fineKind, BigDecimal fineMin, BigDecimal fineMax, String fineUnit,
                      String finePrecondition, int limitationYears, boolean twoOfficerExempt, boolean seizureAllowed,
                      boolean noPenaltyListed, boolean firstOffenseListed, String verification, String note,
                      List<TierJson> tiers) { }

    record TierJson(String tier, String partyKind, String circumstances, BigDecimal fineMin, BigDecimal fineMax,
                    String otherPenalty) { }
}
