package com.aftersales.crm.report;

import com.aftersales.crm.report.control.NamedSql;
import com.aftersales.crm.report.control.WeeklyFigures;
import com.aftersales.crm.report.control.WeeklyWorkbook;
import com.aftersales.crm.report.entity.ReportRow;
import com.aftersales.crm.report.entity.ReportSection;
import com.aftersales.crm.report.entity.ReportTable;
import com.aftersales.crm.report.entity.ReportWeek;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyFiguresTest {

    @Test
    void namedParametersBecomeTypedPlaceholdersInTheirOrder() {
        NamedSql sql = NamedSql.of("select x::text from t where a >= :t0 and b < :t1 and c = :t0",
                Map.of("t0", new NamedSql.Typed(1, "date"), "t1", new NamedSql.Typed(2, "date")));
        assertThat(sql.sql()).isEqualTo("select x::text from t where a >= cast(? as date) and b < cast(? as date) and c = cast(? as date)");
        assertThat(sql.parameters()).containsExactly(1, 2, 1);
        assertThatThrownBy(() -> NamedSql.of("select :nope", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportsStatementBindsOnlyKnownParametersAndWritesEverySection() {
        var values = WeeklyFigures.parameters(1, ReportWeek.containing(LocalDate.of(2026, 11, 16)), Instant.now());
        // throws on a name without a value
        String sql = NamedSql.of(statement(), values).sql();
        assertThat(sql).contains("insert into weekly_report_figure");
        for (ReportSection section : ReportSection.values()) {
            assertThat(sql).as(section.name()).contains("select '" + section.name() + "' as section");
        }
    }

    private static String statement() {
        try {
            var field = WeeklyFigures.class.getDeclaredField("STATEMENT");
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rowsAreNamedByTotalNameAndCodeOrTranslatedCodes() {
        Map<String, String> texts = Map.of("report.total", "合计", "report.dim.COMPLAINT", "投诉",
                "report.dim.PRODUCT_QUALITY", "产品质量", "report.none", "无");
        assertThat(new ReportRow(9, "*", null, Map.of()).displayName(ReportSection.CASES, texts::get)).isEqualTo("合计");
        assertThat(new ReportRow(1, "COMPLAINT/PRODUCT_QUALITY", null, Map.of()).displayName(ReportSection.CASES, texts::get))
                .isEqualTo("投诉 / 产品质量");
        assertThat(new ReportRow(1, "P-BJ-001", "北京服务商", Map.of()).displayName(ReportSection.RANKING, texts::get))
                .isEqualTo("北京服务商 (P-BJ-001)");
        assertThat(new ReportRow(1, "-", null, Map.of()).displayName(ReportSection.QUALITY, texts::get)).isEqualTo("无");
    }

    @Test
    void theWorkbookHasOneSheetPerSection() throws Exception {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("ANSWERED", new BigDecimal("4"));
        values.put("SATISFIED", new BigDecimal("3"));
        values.put("RATE", new BigDecimal("75.00"));
        List<ReportTable> tables = List.of(new ReportTable(ReportSection.SATISFACTION,
                        List.of(new ReportRow(1, "P-1", "一号", values))),
                new ReportTable(ReportSection.RANKING, List.of()));
        byte[] xlsx = new WeeklyWorkbook().write("信息周报 2026-W47", tables, key -> key.equals("report.section.RANKING") ? "服务商排名" : key);
        assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(1)).isEqualTo("服务商排名");
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("信息周报 2026-W47");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("report.measure.RATE");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("一号 (P-1)");
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(75.0);
        }
        assertThat(new ZipInputStream(new java.io.ByteArrayInputStream(xlsx)).getNextEntry()).isNotNull();
    }
}
