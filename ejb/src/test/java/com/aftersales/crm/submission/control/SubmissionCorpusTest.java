package com.aftersales.crm.submission.control;

import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.shared.sheet.SheetFiles;
import com.aftersales.crm.shared.sheet.SheetFormat;
import com.aftersales.crm.shared.sheet.SheetFormatException;
import com.aftersales.crm.shared.sheet.SheetReader;
import com.aftersales.crm.shared.sheet.SheetRow;
import com.aftersales.crm.submission.entity.ArchiveRow;
import com.aftersales.crm.submission.entity.ParsedRow;
import com.aftersales.crm.submission.entity.RowProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Every file of the committed corpus (src/test/resources/submission-corpus, see its README) has its outcome. */
class SubmissionCorpusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** What loading a file gives: its format, the valid rows, and every problem (header problems at row 0). */
    record Outcome(SheetFormat format, String charset, boolean extensionMismatch, List<ArchiveRow> rows,
                   List<RowProblem> problems) {
    }

    static Path corpus(String name) {
        try {
            return Path.of(SubmissionCorpusTest.class.getResource("/submission-corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SheetReader reader(String name) throws Exception {
        try (SheetReader reader = SheetFiles.open(corpus(name), name)) {
            return reader;   // closed: only its format facts are read
        }
    }

    static Outcome load(String name) throws Exception {
        try (SheetReader reader = SheetFiles.open(corpus(name), name)) {
            List<ArchiveRow> rows = new ArrayList<>();
            List<RowProblem> problems = new ArrayList<>();
            try {
                ArchiveRowParser parser = new ArchiveRowParser(reader.header(), new FakeReferenceCodes(), TODAY);
                SheetRow row;
                while ((row = reader.next()) != null) {
                    ParsedRow parsed = parser.parse(row);
                    if (parsed.valid()) {
                        rows.add(parsed.row());
                    } else {
                        problems.addAll(parsed.problems());
                    }
                }
            } catch (HeaderProblems e) {
                problems.addAll(e.problems());
            }
            return new Outcome(reader.format(), reader.charset() == null ? null : reader.charset().name(),
                    reader.extensionMismatch(), rows, problems);
        }
    }

    @Test
    void goodXlsxLoadsAllTenRowsWithTheirCodesResolved() throws Exception {
        Outcome outcome = load("good.xlsx");

        assertThat(outcome.format()).isEqualTo(SheetFormat.XLSX);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rows()).extracting(ArchiveRow::rowNo).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        ArchiveRow first = outcome.rows().get(0);
        assertThat(first.key()).isEqualTo("HZ2026110101");
        assertThat(first.customerName()).isEqualTo("王秀英");
        assertThat(first.phones()).containsExactly("13812340101");
        assertThat(first.regionCode()).isEqualTo("330106");
        assertThat(first.street()).isEqualTo("文三路258号金都花园5幢1单元301室");
        assertThat(first.suburban()).isFalse();
        assertThat(first.dealerId()).isEqualTo(3L);
        assertThat(first.productId()).isEqualTo(3L);
        assertThat(first.quantityM2()).isEqualTo(new BigDecimal("86.50"));
        assertThat(first.unitPrice()).isEqualTo(new BigDecimal("328.00"));
        assertThat(first.method()).isEqualTo(InstallationMethod.FLOATING);
        assertThat(first.installedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(first.acceptedOn()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(first.movedInOn()).isNull();
        assertThat(first.technicianIds()).containsExactly(9L, 11L);
        assertThat(first.note()).isNull();

        ArchiveRow second = outcome.rows().get(1);
        assertThat(second.phones()).containsExactly("13812340102", "057187651234");
        assertThat(second.method()).isEqualTo(InstallationMethod.JOIST);
        assertThat(second.note()).isEqualTo("客厅、餐厅、主卧");
        ArchiveRow county = outcome.rows().get(4);
        assertThat(county.suburban()).isTrue();
        assertThat(county.method()).isEqualTo(InstallationMethod.GLUE_DOWN);
        ArchiveRow noDistrict = outcome.rows().get(8);
        assertThat(noDistrict.regionCode()).isEqualTo("330100");
        assertThat(noDistrict.dealerId()).isNull();
        assertThat(noDistrict.technicianIds()).isEmpty();
        assertThat(noDistrict.method()).isEqualTo(InstallationMethod.OTHER);
    }

    @Test
    void phonesTypedAsNumbersInXlsxComeBackAsTheirDigits() throws Exception {
        assertThat(load("good.xlsx").rows()).extracting(r -> r.phones().get(0))
                .startsWith("13812340101", "13812340102", "13812340103");
    }

    @Test
    void theSameRowsLoadFromXlsxAndFromCsvInEveryEncoding() throws Exception {
        List<ArchiveRow> xlsx = load("good.xlsx").rows();

        Outcome utf8 = load("good-utf8.csv");
        Outcome bom = load("good-utf8-bom.csv");
        Outcome gbk = load("good-gbk.csv");

        assertThat(utf8.format()).isEqualTo(SheetFormat.CSV);
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8.name());
        assertThat(bom.charset()).isEqualTo(StandardCharsets.UTF_8.name());
        assertThat(gbk.charset()).isEqualTo("GB18030");
        assertThat(reader("good-gbk.csv").encodingName()).isEqualTo("GBK");
        assertThat(reader("good-utf8.csv").encodingName()).isEqualTo("UTF-8");
        assertThat(reader("good.xlsx").encodingName()).isNull();
        for (Outcome outcome : List.of(utf8, bom, gbk)) {
            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.extensionMismatch()).isFalse();
            assertThat(outcome.rows()).isEqualTo(xlsx);
        }
    }

    @Test
    void wrongHeadersAreOneProblemNamingEveryMissingColumnAndOneForTheColumnGivenTwice() throws Exception {
        assertThat(load("wrong-headers.xlsx").problems())
                .extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(
                        tuple(0, "", "submission.error.missingHeaders", "联系电话、详细地址、产品编码、铺装面积(㎡)"),
                        tuple(0, "客户姓名", "submission.error.duplicateHeader", "客户姓名"));
    }

    @Test
    void missingHeadersStopTheFileBeforeAnyRow() throws Exception {
        Outcome outcome = load("missing-headers.csv");

        assertThat(outcome.rows()).isEmpty();
        assertThat(outcome.problems())
                .extracting(RowProblem::rowNo, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(tuple(0, "submission.error.missingHeaders", "联系电话、铺装日期"));
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertThatThrownBy(() -> load("empty.csv"))
                .isInstanceOfSatisfying(SheetFormatException.class,
                        e -> assertThat(e.key()).isEqualTo("sheet.error.empty"));
    }

    @Test
    void aTemplateWithOnlyItsHeaderIsAWeekWithoutInstallations() throws Exception {
        Outcome outcome = load("header-only.xlsx");

        assertThat(outcome.rows()).isEmpty();
        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void aFormulaCountsByItsCachedValueAndIsRefusedWithoutOne() throws Exception {
        Outcome outcome = load("formulas.xlsx");

        assertThat(outcome.rows()).extracting(ArchiveRow::rowNo).containsExactly(2, 4);
        assertThat(outcome.rows().get(0).quantityM2()).isEqualTo(new BigDecimal("86.50"));
        assertThat(outcome.rows().get(1).customerName()).isEqualTo("张丽娟");
        assertThat(outcome.problems())
                .extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey)
                .containsExactly(
                        tuple(3, "铺装面积(㎡)", "submission.error.formula"),
                        tuple(5, "备注", "submission.error.formula"));
    }

    @Test
    void datesAreReadInEveryAcceptedFormAndAnImpossibleDayIsAProblem() throws Exception {
        Outcome outcome = load("dates.xlsx");

        assertThat(outcome.rows()).extracting(ArchiveRow::installedOn).containsExactly(
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21),
                LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 20));
        assertThat(outcome.problems())
                .extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(tuple(10, "铺装日期", "submission.error.date", "2026-02-30"));
    }

    @Test
    void aWarrantyCardGivenAgainInTheSameFileIsAProblemUnlessTheFirstRowWasRefused() throws Exception {
        Outcome outcome = load("duplicate-rows.csv");

        assertThat(outcome.rows()).extracting(ArchiveRow::rowNo, ArchiveRow::key)
                .containsExactly(tuple(2, "HZ2026110101"), tuple(5, "HZ2026110102"));
        assertThat(outcome.problems())
                .extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(
                        tuple(3, "联系电话", "submission.error.phone", "1381234010"),
                        tuple(4, "保修卡号", "submission.error.duplicateCard", "HZ2026110101"));
    }

    @Test
    void unknownCodesAreProblemsNamingTheCode() throws Exception {
        Outcome outcome = load("unknown-codes.csv");

        assertThat(outcome.rows()).extracting(ArchiveRow::rowNo).containsExactly(6);
        assertThat(outcome.problems())
                .extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(
                        tuple(2, "产品编码", "submission.error.product", "BZB-XZMD-999"),
                        tuple(3, "经销商编码", "submission.error.dealer", "D-HZ-099"),
                        tuple(4, "区县", "submission.error.region", "浙江省/杭州市/东城区"),
                        tuple(5, "服务技师", "submission.error.technician", "SZS-P-SH-001-2"));
    }

    @Test
    void theContentDecidesTheFormatNotTheName() throws Exception {
        Outcome xlsxNamedCsv = load("xlsx-named.csv");
        Outcome csvNamedXlsx = load("csv-named.xlsx");

        assertThat(xlsxNamedCsv.format()).isEqualTo(SheetFormat.XLSX);
        assertThat(xlsxNamedCsv.extensionMismatch()).isTrue();
        assertThat(xlsxNamedCsv.rows()).hasSize(10);
        assertThat(csvNamedXlsx.format()).isEqualTo(SheetFormat.CSV);
        assertThat(csvNamedXlsx.extensionMismatch()).isTrue();
        assertThat(csvNamedXlsx.rows()).hasSize(10);
    }

    @Test
    void aLegacyXlsIsRefusedWithTheAdviceToSaveAsXlsx() {
        assertThatThrownBy(() -> load("legacy.xls"))
                .isInstanceOfSatisfying(SheetFormatException.class,
                        e -> assertThat(e.key()).isEqualTo("sheet.error.xls"));
    }

    @Test
    void badRowsNeverStopGoodRowsAndEachBadRowGivesAllItsProblems() throws Exception {
        Outcome outcome = load("mixed-bad-rows.xlsx");

        assertThat(outcome.rows()).hasSize(14);
        assertThat(outcome.rows()).extracting(ArchiveRow::rowNo).doesNotContain(4, 7, 9, 12, 15, 18);
        assertThat(outcome.problems())
                .extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(
                        tuple(4, "联系电话", "submission.error.phone", "1381234"),
                        tuple(7, "铺装面积(㎡)", "submission.error.notPositive", "0"),
                        tuple(7, "单价(元)", "submission.error.negative", "-5"),
                        tuple(9, "客户姓名", "submission.error.required", null),
                        tuple(12, "铺装方式", "submission.error.method", "地暖专用"),
                        tuple(15, "铺装日期", "submission.error.future", "2062-11-18"),
                        tuple(18, "验收日期", "submission.error.beforeInstalled", "2026-11-10"));
    }
}
