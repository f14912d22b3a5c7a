package com.aftersales.crm.submission.control;

import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.shared.sheet.SheetCell;
import com.aftersales.crm.shared.sheet.SheetRow;
import com.aftersales.crm.submission.entity.ArchiveColumn;
import com.aftersales.crm.submission.entity.ArchiveRow;
import com.aftersales.crm.submission.entity.ParsedRow;
import com.aftersales.crm.submission.entity.RowProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ArchiveRowParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final List<String> HEADER = SubmissionCorpus.HEADER;

    private static ArchiveRowParser parser() throws HeaderProblems {
        return new ArchiveRowParser(HEADER, new FakeReferenceCodes(), TODAY);
    }

    /** The first good row of the corpus, as text cells, with some columns replaced. */
    private static SheetRow row(Object... replacements) {
        Object[] values = SubmissionCorpus.goodRows().get(0);
        List<SheetCell> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(SheetCell.text(value == null ? "" : value instanceof Double d
                    ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : value.toString()));
        }
        for (int i = 0; i < replacements.length; i += 2) {
            ArchiveColumn column = (ArchiveColumn) replacements[i];
            Object value = replacements[i + 1];
            cells.set(column.ordinal(), value instanceof SheetCell c ? c : SheetCell.text((String) value));
        }
        return new SheetRow(2, cells);
    }

    private static ArchiveRow valid(SheetRow row) throws HeaderProblems {
        ParsedRow parsed = parser().parse(row);
        assertThat(parsed.problems()).isEmpty();
        return parsed.row();
    }

    private static List<RowProblem> problems(SheetRow row) throws HeaderProblems {
        ParsedRow parsed = parser().parse(row);
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.row()).isNull();
        return parsed.problems();
    }

    @Test
    void headersMatchIgnoringWidthSpacesCaseAndTheUnitAndInEnglish() throws HeaderProblems {
        List<String> header = new ArrayList<>(HEADER);
        header.set(ArchiveColumn.QUANTITY_M2.ordinal(), " 铺装面积（㎡） ");
        header.set(ArchiveColumn.UNIT_PRICE.ordinal(), "单价");
        header.set(ArchiveColumn.WARRANTY_CARD_NO.ordinal(), "WARRANTY CARD NO");
        header.set(ArchiveColumn.PHONE.ordinal(), "phone");
        header.add(0, "序号");   // a column of the provider's own, ignored
        SheetRow shifted = row();
        List<SheetCell> cells = new ArrayList<>(shifted.cells());
        cells.add(0, SheetCell.text("1"));

        ParsedRow parsed = new ArchiveRowParser(header, new FakeReferenceCodes(), TODAY)
                .parse(new SheetRow(2, cells));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.row().quantityM2()).isEqualByComparingTo("86.5");
        assertThat(ArchiveColumn.of("Area (m²)")).isEqualTo(ArchiveColumn.QUANTITY_M2);
        assertThat(ArchiveColumn.of("铺装面积(m2)")).isEqualTo(ArchiveColumn.QUANTITY_M2);
        assertThat(ArchiveColumn.of("面积")).isNull();
    }

    @Test
    void aHeaderGivenTwiceIsAProblemOfTheFile() {
        List<String> header = new ArrayList<>(HEADER);
        header.add("保修卡号");

        assertThatThrownBy(() -> new ArchiveRowParser(header, new FakeReferenceCodes(), TODAY))
                .isInstanceOfSatisfying(HeaderProblems.class, e -> assertThat(e.problems())
                        .extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                        .containsExactly(tuple(0, "保修卡号", "submission.error.duplicateHeader", "保修卡号")));
    }

    @Test
    void everyProblemOfARowIsReportedNotOnlyTheFirst() throws HeaderProblems {
        List<RowProblem> problems = problems(row(ArchiveColumn.WARRANTY_CARD_NO, "",
                ArchiveColumn.PHONE, "12345", ArchiveColumn.PRODUCT_CODE, "XX-1",
                ArchiveColumn.QUANTITY_M2, "很多", ArchiveColumn.METHOD, "地暖"));

        assertThat(problems).extracting(RowProblem::column, RowProblem::reasonKey).containsExactly(
                tuple("保修卡号", "submission.error.required"),
                tuple("联系电话", "submission.error.phone"),
                tuple("产品编码", "submission.error.product"),
                tuple("铺装面积(㎡)", "submission.error.number"),
                tuple("铺装方式", "submission.error.method"));
        assertThat(problems).extracting(RowProblem::rowNo).containsOnly(2);
    }

    @Test
    void phonesAreNormalisedAndSeveralMayShareACell() throws HeaderProblems {
        ArchiveRow row = valid(row(ArchiveColumn.PHONE, "138 1234 0101 / +86 139-5711-2345",
                ArchiveColumn.ALT_PHONE, "(0571) 8765-1234、13812340101"));

        assertThat(row.phones()).containsExactly("13812340101", "13957112345", "057187651234");
    }

    @Test
    void aLandlineTypedIntoANumberCellGetsItsLeadingZeroBack() throws HeaderProblems {
        ArchiveRow row = valid(row(ArchiveColumn.ALT_PHONE, new SheetCell("57187651234", SheetCell.Kind.NUMBER, null)));

        assertThat(row.phones()).containsExactly("13812340101", "057187651234");
    }

    @Test
    void theWarrantyCardIsTheKeyTrimmedAndUpperCase() throws HeaderProblems {
        ArchiveRow row = valid(row(ArchiveColumn.WARRANTY_CARD_NO, "  ｈｚ2026110101 "));

        assertThat(row.key()).isEqualTo("HZ2026110101");
        assertThat(row.warrantyCardNo()).isEqualTo("HZ2026110101");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "12.5|12.50", "1,234.50|1234.50", "１２．５|12.50", "86.555|86.56", "¥328|328.00", "64.25㎡|64.25",
            "120 平方米|120.00", "0.5|0.50"})
    void numbersAreReadAsProvidersWriteThemAndKeptToTwoDecimals(String text, String expected) throws HeaderProblems {
        ArchiveRow row = valid(row(ArchiveColumn.QUANTITY_M2, text));

        assertThat(row.quantityM2()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"0|submission.error.notPositive", "0.001|submission.error.notPositive",
            "-3|submission.error.notPositive", "1,23,4|submission.error.number", "12.5.1|submission.error.number",
            "100000000|submission.error.tooLarge"})
    void theAreaMustBeAPositiveNumberTheDatabaseCanHold(String text, String key) throws HeaderProblems {
        assertThat(problems(row(ArchiveColumn.QUANTITY_M2, text)))
                .extracting(RowProblem::reasonKey).containsExactly(key);
    }

    @Test
    void aFreeInstallationHasAZeroPriceButNeverANegativeOne() throws HeaderProblems {
        assertThat(valid(row(ArchiveColumn.UNIT_PRICE, "0")).unitPrice()).isEqualTo(new BigDecimal("0.00"));
        assertThat(problems(row(ArchiveColumn.UNIT_PRICE, "-0.01")))
                .extracting(RowProblem::reasonKey).containsExactly("submission.error.negative");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2026-11-16", "2026/11/16", "2026.11.16", "2026年11月16日", "20261116",
            "2026-11-16 14:30", "2026-11-16 14:30:00", "２０２６－１１－１６", "46342", "2026/11/16"})
    void installationDatesAreReadInEveryAcceptedForm(String text) throws HeaderProblems {
        assertThat(valid(row(ArchiveColumn.INSTALLED_ON, text, ArchiveColumn.ACCEPTED_ON, "")).installedOn())
                .isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void serialNumbersAndDateCellsAreDates() throws HeaderProblems {
        assertThat(valid(row(ArchiveColumn.INSTALLED_ON, new SheetCell("46342", SheetCell.Kind.NUMBER, null)))
                .installedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(valid(row(ArchiveColumn.INSTALLED_ON,
                new SheetCell("2026-11-16", SheetCell.Kind.DATE, LocalDate.of(2026, 11, 16)))).installedOn())
                .isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2026-02-30", "2026-13-01", "16/11/2026", "上周一", "123", "2026-11"})
    void whatIsNoDayIsADateProblem(String text) throws HeaderProblems {
        assertThat(problems(row(ArchiveColumn.INSTALLED_ON, text, ArchiveColumn.ACCEPTED_ON, "")))
                .extracting(RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(tuple("铺装日期", "submission.error.date", text));
    }

    @Test
    void anInstallationCannotBeAfterTodayButTodayIsFine() throws HeaderProblems {
        assertThat(valid(row(ArchiveColumn.INSTALLED_ON, "2026-11-30", ArchiveColumn.ACCEPTED_ON, "")).installedOn())
                .isEqualTo(TODAY);
        assertThat(problems(row(ArchiveColumn.INSTALLED_ON, "2026-12-01")))
                .extracting(RowProblem::reasonKey).containsExactly("submission.error.future");
    }

    @Test
    void acceptanceAndMoveInCannotComeBeforeTheInstallation() throws HeaderProblems {
        assertThat(problems(row(ArchiveColumn.ACCEPTED_ON, "2026-11-15", ArchiveColumn.MOVED_IN_ON, "2026-11-01")))
                .extracting(RowProblem::column, RowProblem::reasonKey).containsExactly(
                        tuple("验收日期", "submission.error.beforeInstalled"),
                        tuple("入住日期", "submission.error.beforeInstalled"));
        ArchiveRow sameDay = valid(row(ArchiveColumn.ACCEPTED_ON, "2026-11-16", ArchiveColumn.MOVED_IN_ON, "2027-01-01"));
        assertThat(sameDay.acceptedOn()).isEqualTo(sameDay.installedOn());
        assertThat(sameDay.movedInOn()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"悬浮|FLOATING", "悬浮铺装|FLOATING", "FLOATING|FLOATING", "floating|FLOATING",
            "龙骨|JOIST", "Joist|JOIST", "直接粘贴|GLUE_DOWN", "GLUE_DOWN|GLUE_DOWN", "glue down|GLUE_DOWN",
            "其他|OTHER", "其它|OTHER", "OTHER|OTHER"})
    void theInstallationMethodIsGivenInChineseOrByItsEnglishName(String text, InstallationMethod method)
            throws HeaderProblems {
        assertThat(valid(row(ArchiveColumn.METHOD, text)).method()).isEqualTo(method);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"是|true", "否|false", "Y|true", "n|false", "TRUE|true", "1|true", "''|false"})
    void suburbanIsYesOrNoAndNoWhenEmpty(String text, boolean suburban) throws HeaderProblems {
        assertThat(valid(row(ArchiveColumn.SUBURBAN, text)).suburban()).isEqualTo(suburban);
        assertThat(problems(row(ArchiveColumn.SUBURBAN, "可能"))).extracting(RowProblem::reasonKey)
                .containsExactly("submission.error.yesNo");
    }

    @Test
    void techniciansAreSeparatedByAnyUsualSeparatorAndTheUnknownOnesAreNamedInOneProblem() throws HeaderProblems {
        assertThat(valid(row(ArchiveColumn.TECHNICIANS, "SZS-P-HZ-001-1、SZS-P-HZ-001-2,SZS-P-HZ-001-3；SZS-P-HZ-001-4 "
                + "SZS-P-HZ-001-1")).technicianIds()).containsExactly(9L, 10L, 11L, 12L);
        assertThat(problems(row(ArchiveColumn.TECHNICIANS, "SZS-P-HZ-001-1 SZS-X-1;SZS-X-2")))
                .extracting(RowProblem::reasonKey, RowProblem::value)
                .containsExactly(tuple("submission.error.technician", "SZS-X-1、SZS-X-2"));
    }

    @Test
    void theRegionIsTheDistrictsWhenGivenElseTheCitys() throws HeaderProblems {
        assertThat(valid(row()).regionCode()).isEqualTo("330106");
        assertThat(valid(row(ArchiveColumn.DISTRICT, "")).regionCode()).isEqualTo("330100");
        assertThat(problems(row(ArchiveColumn.CITY, "杭州")))
                .extracting(RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(tuple("区县", "submission.error.region", "浙江省/杭州/西湖区"));
        assertThat(problems(row(ArchiveColumn.DISTRICT, "", ArchiveColumn.CITY, "温州市")))
                .extracting(RowProblem::column).containsExactly("市");
    }

    @Test
    void textsTooLongForTheirColumnAreProblemsAndTheValueIsCutTo200() throws HeaderProblems {
        String longStreet = "文三路".repeat(70);
        List<RowProblem> problems = problems(row(ArchiveColumn.CUSTOMER_NAME, "王".repeat(51),
                ArchiveColumn.STREET, longStreet, ArchiveColumn.WARRANTY_CARD_NO, "H".repeat(31),
                ArchiveColumn.NOTE, "备".repeat(501)));

        assertThat(problems).extracting(RowProblem::column, RowProblem::reasonKey).containsExactly(
                tuple("保修卡号", "submission.error.tooLong"), tuple("客户姓名", "submission.error.tooLong"),
                tuple("详细地址", "submission.error.tooLong"), tuple("备注", "submission.error.tooLong"));
        assertThat(problems.get(2).value()).hasSize(200).isEqualTo(longStreet.substring(0, 200));
        assertThat(valid(row(ArchiveColumn.CUSTOMER_NAME, "王".repeat(50))).customerName()).hasSize(50);
    }

    @Test
    void formulasAreNeverStoredButTheirCachedValuesAre() throws HeaderProblems {
        assertThat(problems(row(ArchiveColumn.NOTE, "=1+1")))
                .extracting(RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(tuple("备注", "submission.error.formula", "=1+1"));
        assertThat(problems(row(ArchiveColumn.UNIT_PRICE, new SheetCell(null, SheetCell.Kind.FORMULA, null))))
                .extracting(RowProblem::reasonKey).containsExactly("submission.error.formula");
        assertThat(valid(row(ArchiveColumn.UNIT_PRICE, new SheetCell("330", SheetCell.Kind.FORMULA, null)))
                .unitPrice()).isEqualTo(new BigDecimal("330.00"));
        assertThat(problems(row(ArchiveColumn.UNIT_PRICE, new SheetCell("#VALUE!", SheetCell.Kind.ERROR, null))))
                .extracting(RowProblem::reasonKey).containsExactly("submission.error.cellError");
    }

    @Test
    void theTemplatesExampleRowIsNeverLoaded() throws HeaderProblems {
        assertThat(problems(row(ArchiveColumn.WARRANTY_CARD_NO, ArchiveRowParser.EXAMPLE_CARD)))
                .extracting(RowProblem::column, RowProblem::reasonKey).containsExactly(tuple("", "submission.error.exampleRow"));
    }

    @Test
    void aRestartedJobRemembersTheCardsOfTheRowsItSkips() throws HeaderProblems {
        ArchiveRowParser parser = parser();
        parser.parse(row());   // as reader.skipTo(checkpoint, parser::parse) does

        ParsedRow again = parser.parse(new SheetRow(9, row().cells()));

        assertThat(again.problems()).extracting(RowProblem::rowNo, RowProblem::reasonKey)
                .containsExactly(tuple(9, "submission.error.duplicateCard"));
    }

    @Test
    void shortRowsAreReadAsIfTheMissingCellsWereEmpty() throws HeaderProblems {
        List<SheetCell> cells = new ArrayList<>(row().cells().subList(0, ArchiveColumn.TECHNICIANS.ordinal()));
        ArchiveRow row = valid(new SheetRow(2, cells));

        assertThat(row.technicianIds()).isEmpty();
        assertThat(row.note()).isNull();
    }

    @Test
    void theOldTemplateWithoutTheBatchColumnStillLoadsItsRowsWithoutABatch() throws HeaderProblems {
        List<String> old = HEADER.subList(0, ArchiveColumn.BATCH_NO.ordinal());
        SheetRow row = row();
        ParsedRow parsed = new ArchiveRowParser(old, new FakeReferenceCodes(), TODAY)
                .parse(new SheetRow(2, row.cells().subList(0, ArchiveColumn.BATCH_NO.ordinal())));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.row().batchNo()).isNull();
        assertThat(parsed.row().warrantyCardNo()).isEqualTo("HZ2026110101");
    }

    @Test
    void theNewTemplatesBatchIsKeptInOneSpellingAndABlankCellIsNoBatch() throws HeaderProblems {
        assertThat(valid(row(ArchiveColumn.BATCH_NO, " ２０２６1105-a3 ")).batchNo()).isEqualTo("20261105-A3");
        assertThat(valid(row(ArchiveColumn.BATCH_NO, "")).batchNo()).isNull();
        assertThat(ArchiveColumn.of("批号")).isEqualTo(ArchiveColumn.BATCH_NO);
        assertThat(ArchiveColumn.BATCH_NO.required()).isFalse();
    }

    @Test
    void aBatchNumberOutOfFormIsAProblemOnItsColumn() throws HeaderProblems {
        assertThat(problems(row(ArchiveColumn.BATCH_NO, "批次#1")))
                .extracting(RowProblem::column, RowProblem::reasonKey, RowProblem::value)
                .containsExactly(tuple("批号", "submission.error.batchNo", "批次#1"));
        assertThat(problems(row(ArchiveColumn.BATCH_NO, "A".repeat(41))))
                .extracting(RowProblem::reasonKey).containsExactly("submission.error.batchNo");
    }
}
