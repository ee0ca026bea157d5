package org.zhifa.workstation.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhifa.workstation.domain.catalog.PenaltyType;
import org.zhifa.workstation.domain.stats.RateRounding;
import org.zhifa.workstation.domain.text.Texts;

/**
 * The 统计年报 as an XLSX table: a title row, a note on the counting rules, then 序号 / 指标 / 单位 / 本年 / 上年 /
 * 增减 / 增减率. Counts are numbers; totals, 结案率, the shares, 持证率, 增减 and 增减率 are formulas (so a reviewer who
 * corrects a count sees the rest follow); 罚没金额 in 万元 with two decimals. Thin borders, frozen header, A4
 * landscape.
 */
final class StatisticsWorkbook {
    /** Column indexes. */
    private static final int NO = 0;
    private static final int NAME = 1;
    private static final int UNIT = 2;
    private static final int CURRENT = 3;
    private static final int PREVIOUS = 4;
    private static final int CHANGE = 5;
    private static final int CHANGE_RATE = 6;
    private static final int COLUMNS = 7;

    private final AnnualStatistics s;
    private final Workbook wb;
    private final Sheet sheet;
    private final Styles styles;
    private final Map<String, Integer> rows = new HashMap<>();
    private int next;
    private int serial;

    private StatisticsWorkbook(AnnualStatistics s, Workbook wb) {
        this.s = s;
        this.wb = wb;
        this.sheet = wb.createSheet(Texts.tr("stats.sheet.name"));
        this.styles = new Styles(wb);
    }

    static byte[] render(AnnualStatistics s) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new StatisticsWorkbook(s, wb).build();
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void build() {
        int year = s.current().year();
        Row title = sheet.createRow(next++);
        title.setHeightInPoints(30);
        cell(title, 0, Texts.tr("stats.title", s.authorityName(), String.valueOf(year)), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
        Row note = sheet.createRow(next++);
        note.setHeightInPoints(48);
        cell(note, 0, Texts.tr("stats.note", String.valueOf(year), s.computedOn().toString(),
                rounding(s.settings().rateRounding()), String.valueOf(s.settings().rateDecimals())), styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS - 1));
        Row header = sheet.createRow(next++);
        String[] heads = {Texts.tr("stats.col.no"), Texts.tr("stats.col.indicator"), Texts.tr("stats.col.unit"),
                Texts.tr("stats.col.current", String.valueOf(year)), Texts.tr("stats.col.previous", String.valueOf(year - 1)),
                Texts.tr("stats.col.change"), Texts.tr("stats.col.changeRate")};
        for (int i = 0; i < heads.length; i++) {
            cell(header, i, heads[i], styles.header);
        }
        int firstBody = next;

        section(Texts.tr("stats.section.cases"));
        count("filed", Texts.tr("stats.row.filed"), Indicators::filed);
        count("concluded", Texts.tr("stats.row.concluded"), Indicators::concluded);
        rate("closureRate", Texts.tr("stats.row.closureRate"), "concluded", "filed", s.settings().rateRounding(),
                s.settings().rateDecimals());

        section(Texts.tr("stats.section.decisions"));
        // listed in the order of domain.md §9 (其他 last); each decision is counted under its heaviest type in the
        // severity order of the settings
        String firstType = null;
        String lastType = null;
        for (PenaltyType t : PenaltyType.values()) {
            String key = "type." + t.name();
            count(key, Texts.tr("stats.row.type", Texts.label(t)), i -> i.decisionsOf(t));
            firstType = firstType == null ? key : firstType;
            lastType = key;
        }
        sum("decisions", Texts.tr("stats.row.decisions"), Texts.tr("stats.unit.cases"), firstType, lastType, styles.integer);
        count("general", Texts.tr("stats.row.general"), Indicators::generalDecisions);
        count("onSite", Texts.tr("stats.row.onSite"), Indicators::onSiteDecisions);

        section(Texts.tr("stats.section.amounts"));
        money("fines", Texts.tr("stats.row.fines"), Indicators.tenThousandExact(s.current().finesYuan()),
                Indicators.tenThousandExact(s.previous().finesYuan()));
        money("confiscated", Texts.tr("stats.row.confiscated"), Indicators.tenThousandExact(s.current().confiscatedYuan()),
                Indicators.tenThousandExact(s.previous().confiscatedYuan()));
        sum("amount", Texts.tr("stats.row.amount"), Texts.tr("stats.unit.tenThousand"), "fines", "confiscated", styles.money);

        section(Texts.tr("stats.section.leniency"));
        count("noPenalty", Texts.tr("stats.row.noPenalty"), Indicators::noPenalty);
        count("firstOffense", Texts.tr("stats.row.firstOffense"), Indicators::firstOffense);
        count("lenient", Texts.tr("stats.row.lenient"), Indicators::lenient);
        count("mitigated", Texts.tr("stats.row.mitigated"), Indicators::mitigated);
        sum("light", Texts.tr("stats.row.light"), Texts.tr("stats.unit.cases"), "lenient", "mitigated", styles.integer);
        rate("firstOffenseShare", Texts.tr("stats.row.firstOffenseShare"), "firstOffense", "concluded",
                s.settings().shareRounding(), s.settings().shareDecimals());
        rate("lightShare", Texts.tr("stats.row.lightShare"), "light", "concluded", s.settings().shareRounding(),
                s.settings().shareDecimals());

        section(Texts.tr("stats.section.procedure"));
        count("hearings", Texts.tr("stats.row.hearings"), Indicators::hearings);
        count("reviewsPassed", Texts.tr("stats.row.reviewsPassed"), Indicators::reviewsPassed);
        count("reviewsRejected", Texts.tr("stats.row.reviewsRejected"), Indicators::reviewsRejected);
        count("reviewsPending", Texts.tr("stats.row.reviewsPending"), Indicators::reviewsPending);
        sum("reviews", Texts.tr("stats.row.reviews"), Texts.tr("stats.unit.cases"), "reviewsPassed", "reviewsPending", styles.integer);
        count("transfers", Texts.tr("stats.row.transfers"), Indicators::transfers);
        count("transfersJudicial", Texts.tr("stats.row.transfersJudicial"), Indicators::transfersJudicial);

        section(Texts.tr("stats.section.enforcement"));
        count("seizureCases", Texts.tr("stats.row.seizureCases"), Indicators::seizureCases);
        count("seizureOrders", Texts.tr("stats.row.seizureOrders"), Indicators::seizureOrders);
        count("surcharges", Texts.tr("stats.row.surcharges"), Indicators::surcharges);
        count("courtEnforcements", Texts.tr("stats.row.courtEnforcements"), Indicators::courtEnforcements);

        section(Texts.tr("stats.section.challenges"));
        count("reconsiderations", Texts.tr("stats.row.reconsiderations"), Indicators::reconsiderations);
        count("reconsiderationsCorrected", Texts.tr("stats.row.reconsiderationsCorrected"), Indicators::reconsiderationsCorrected);
        count("litigations", Texts.tr("stats.row.litigations"), Indicators::litigations);
        count("litigationsLost", Texts.tr("stats.row.litigationsLost"), Indicators::litigationsLost);

        section(Texts.tr("stats.section.staff"));
        people("officers", Texts.tr("stats.row.officers"), Indicators::officers);
        people("certified", Texts.tr("stats.row.certified"), Indicators::certified);
        rate("certificationRate", Texts.tr("stats.row.certificationRate"), "certified", "officers",
                s.settings().rateRounding(), s.settings().rateDecimals());
        people("auxiliaries", Texts.tr("stats.row.auxiliaries"), Indicators::auxiliaries);
        people("reviewers", Texts.tr("stats.row.reviewers"), Indicators::reviewers);
        people("qualifiedReviewers", Texts.tr("stats.row.qualifiedReviewers"), Indicators::qualifiedReviewers);

        sheet.setColumnWidth(NO, 6 * 256);
        sheet.setColumnWidth(NAME, 44 * 256);
        sheet.setColumnWidth(UNIT, 8 * 256);
        for (int c = CURRENT; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.createFreezePane(0, firstBody);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, COLUMNS - 1));
    }

    /** The row index (1-based, as in formulas) of a keyed row. */
    private int ref(String key) {
        Integer r = rows.get(key);
        if (r == null) {
            throw new IllegalStateException("no row " + key);
        }
        return r + 1;
    }

    private static String col(int c) {
        return String.valueOf((char) ('A' + c));
    }

    private void section(String title) {
        Row row = sheet.createRow(next);
        cell(row, NO, "", styles.section);
        cell(row, NAME, title, styles.section);
        for (int c = UNIT; c < COLUMNS; c++) {
            cell(row, c, "", styles.section);
        }
        sheet.addMergedRegion(new CellRangeAddress(next, next, NAME, COLUMNS - 1));
        next++;
    }

    private Row line(String key, String name, String unit) {
        Row row = sheet.createRow(next);
        rows.put(key, next);
        next++;
        serial++;
        Cell no = row.createCell(NO);
        no.setCellValue(serial);
        no.setCellStyle(styles.center);
        cell(row, NAME, name, styles.text);
        cell(row, UNIT, unit, styles.center);
        return row;
    }

    private void count(String key, String name, ToLongFunction<Indicators> f) {
        values(key, name, Texts.tr("stats.unit.cases"), f);
    }

    private void people(String key, String name, ToLongFunction<Indicators> f) {
        values(key, name, Texts.tr("stats.unit.people"), f);
    }

    private void values(String key, String name, String unit, ToLongFunction<Indicators> f) {
        Row row = line(key, name, unit);
        number(row, CURRENT, f.applyAsLong(s.current()), styles.integer);
        number(row, PREVIOUS, f.applyAsLong(s.previous()), styles.integer);
        changes(row, styles.integer, true);
    }

    private void money(String key, String name, BigDecimal current, BigDecimal previous) {
        Row row = line(key, name, Texts.tr("stats.unit.tenThousand"));
        number(row, CURRENT, current.doubleValue(), styles.money);
        number(row, PREVIOUS, previous.doubleValue(), styles.money);
        changes(row, styles.money, true);
    }

    /** A total: SUM over the keyed rows from {@code first} to {@code last} (consecutive). */
    private void sum(String key, String name, String unit, String first, String last, CellStyle style) {
        Row row = line(key, name, unit);
        for (int c : new int[] {CURRENT, PREVIOUS}) {
            formula(row, c, "SUM(" + col(c) + ref(first) + ":" + col(c) + ref(last) + ")", style);
        }
        changes(row, style, true);
        row.getCell(NAME).setCellStyle(styles.bold);
    }

    /** A percentage of two keyed rows, cut as the setting says; 增减 in percentage points, no 增减率. */
    private void rate(String key, String name, String numerator, String denominator, RateRounding rounding, int decimals) {
        Row row = line(key, name, Texts.tr("stats.unit.percent"));
        String fn = rounding == RateRounding.TRUNCATE ? "TRUNC" : "ROUND";
        CellStyle style = styles.percent(decimals);
        for (int c : new int[] {CURRENT, PREVIOUS}) {
            String n = col(c) + ref(numerator);
            String d = col(c) + ref(denominator);
            formula(row, c, "IF(" + d + "=0,\"\"," + fn + "(" + n + "/" + d + "*100," + decimals + "))", style);
        }
        String cur = col(CURRENT) + (row.getRowNum() + 1);
        String prev = col(PREVIOUS) + (row.getRowNum() + 1);
        formula(row, CHANGE, "IF(OR(" + cur + "=\"\"," + prev + "=\"\"),\"\"," + cur + "-" + prev + ")", style);
        cell(row, CHANGE_RATE, "", styles.text);
    }

    /** 增减 = 本年 − 上年; 增减率 = 增减 ÷ 上年 (blank when 上年 is 0). */
    private void changes(Row row, CellStyle style, boolean withRate) {
        int r = row.getRowNum() + 1;
        String cur = col(CURRENT) + r;
        String prev = col(PREVIOUS) + r;
        formula(row, CHANGE, cur + "-" + prev, style);
        if (withRate) {
            formula(row, CHANGE_RATE, "IF(" + prev + "=0,\"\",(" + cur + "-" + prev + ")/" + prev + ")", styles.changeRate);
        }
    }

    private static String rounding(RateRounding r) {
        return switch (r) {
            case TRUNCATE -> Texts.tr("stats.rounding.truncate");
            case HALF_UP -> Texts.tr("stats.rounding.halfUp");
        };
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void formula(Row row, int c, String formula, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle section;
        final CellStyle text;
        final CellStyle bold;
        final CellStyle center;
        final CellStyle integer;
        final CellStyle money;
        final CellStyle changeRate;
        private final Workbook wb;
        private final Map<Integer, CellStyle> percents = new HashMap<>();

        Styles(Workbook wb) {
            this.wb = wb;
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font strong = wb.createFont();
            strong.setBold(true);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            note = wb.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered();
            header.setFont(strong);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = bordered();
            section.setFont(strong);
            section.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered();
            bold = bordered();
            bold.setFont(strong);
            center = bordered();
            center.setAlignment(HorizontalAlignment.CENTER);
            integer = bordered();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            money = bordered();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            changeRate = bordered();
            changeRate.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        }

        /** Per-cent numbers (94.06) shown with the decimals of the setting. */
        CellStyle percent(int decimals) {
            return percents.computeIfAbsent(decimals, d -> {
                CellStyle st = bordered();
                st.setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
                return st;
            });
        }

        private CellStyle bordered() {
            CellStyle st = wb.createCellStyle();
            st.setBorderTop(BorderStyle.THIN);
            st.setBorderBottom(BorderStyle.THIN);
            st.setBorderLeft(BorderStyle.THIN);
            st.setBorderRight(BorderStyle.THIN);
            st.setVerticalAlignment(VerticalAlignment.CENTER);
            return st;
        }
    }
}
