package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.shared.sheet.SheetCell;
import com.aftersales.crm.shared.sheet.SheetFiles;
import com.aftersales.crm.shared.sheet.SheetReader;
import com.aftersales.crm.shared.sheet.SheetRow;
import com.aftersales.crm.submission.control.ArchiveRowParser;
import com.aftersales.crm.submission.control.FakeReferenceCodes;
import com.aftersales.crm.submission.entity.ArchiveColumn;
import com.aftersales.crm.submission.entity.RowProblem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SubmissionWorkbooksTest {

    @TempDir
    Path dir;

    /** The portal's bundle; a key it lacks fails the test. */
    static Function<String, String> messages(String language) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("../web/src/main/resources/com/aftersales/crm/web/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return key -> {
            String text = bundle.getProperty(key);
            assertThat(text).as(key + " in " + language).isNotBlank();
            return text;
        };
    }

    @Test
    void theTemplateReadsBackWithTheTemplatesHeadersAndAnExampleRowThatIsValidButRefused() throws Exception {
        Path file = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            SubmissionWorkbooks.template(out, messages("zh_CN"));
        }

        try (SheetReader reader = SheetFiles.open(file, "铺装档案模板.xlsx")) {
            assertThat(reader.header()).containsExactlyElementsOf(
                    Arrays.stream(ArchiveColumn.values()).map(ArchiveColumn::header).toList());
            ArchiveRowParser parser = new ArchiveRowParser(reader.header(), new FakeReferenceCodes(),
                    LocalDate.of(2026, 11, 30));
            SheetRow example = reader.next();
            assertThat(example.rowNo()).isEqualTo(2);
            assertThat(example.cell(ArchiveColumn.PHONE.ordinal()).kind()).isEqualTo(SheetCell.Kind.TEXT);
            assertThat(example.cell(ArchiveColumn.INSTALLED_ON.ordinal()).kind()).isEqualTo(SheetCell.Kind.DATE);
            assertThat(parser.parse(example).problems()).extracting(RowProblem::reasonKey)
                    .containsExactly("submission.error.exampleRow");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void theTemplateKeepsPhonesAndCardsAsTextDatesAsDatesAndExplainsEveryColumn() throws Exception {
        Path file = dir.resolve("template-en.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            SubmissionWorkbooks.template(out, messages("en"));
        }

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Installation archives");
            for (ArchiveColumn column : List.of(ArchiveColumn.WARRANTY_CARD_NO, ArchiveColumn.PHONE,
                    ArchiveColumn.ALT_PHONE)) {
                assertThat(sheet.getColumnStyle(column.ordinal()).getDataFormatString()).as(column.name())
                        .isEqualTo("@");
            }
            assertThat(sheet.getColumnStyle(ArchiveColumn.INSTALLED_ON.ordinal()).getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getDataValidations()).extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .containsExactlyInAnyOrder(List.of("悬浮", "龙骨", "直接粘贴", "其他"), List.of("是", "否"));

            Sheet help = workbook.getSheetAt(1);
            assertThat(help.getSheetName()).isEqualTo("Instructions");
            List<String> explained = IntStream.rangeClosed(3, help.getLastRowNum())
                    .mapToObj(i -> help.getRow(i).getCell(0).getStringCellValue()).toList();
            assertThat(explained).containsExactlyElementsOf(
                    Arrays.stream(ArchiveColumn.values()).map(ArchiveColumn::header).toList());
            assertThat(help.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Required");
            assertThat(help.getRow(3 + ArchiveColumn.NOTE.ordinal()).getCell(2).getStringCellValue())
                    .isEqualTo("Optional");
        }
    }

    @Test
    void theProblemReportReadsBackWithEveryProblemInTheUsersLanguage() throws Exception {
        List<RowProblem> problems = List.of(
                RowProblem.ofFile("submission.error.missingHeaders", "联系电话、铺装日期"),
                new RowProblem(4, "联系电话", "submission.error.phone", "1381234"),
                new RowProblem(9, "客户姓名", "submission.error.required", null),
                new RowProblem(12, "备注", "submission.error.formula", "=" + "A".repeat(300)));
        Path file = dir.resolve("problems.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            SubmissionWorkbooks.problemReport(problems, messages("zh_CN"), out);
        }

        try (SheetReader reader = SheetFiles.open(file, "problems.xlsx")) {
            assertThat(reader.header()).containsExactly("行号", "列", "原因", "填写的内容");
            List<SheetRow> rows = new ArrayList<>();
            SheetRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
            assertThat(rows).extracting(r -> r.cell(0).text(), r -> r.cell(1).text(), r -> r.cell(2).text(),
                    r -> r.cell(3).text()).containsExactly(
                    tuple("整个文件", "", "表头缺少必填列，请使用公司模板", "联系电话、铺装日期"),
                    tuple("4", "联系电话", "电话号码格式不正确：应为11位手机号或带区号的固定电话", "1381234"),
                    tuple("9", "客户姓名", "必填项未填写", ""),
                    tuple("12", "备注", "不接受公式：请填写数值，或在 Excel 中保存计算结果后再上传",
                            "=" + "A".repeat(199)));
        }
    }

    @Test
    void aLongProblemReportIsStreamed() throws Exception {
        Iterable<RowProblem> many = () -> IntStream.rangeClosed(2, 10_001)
                .mapToObj(i -> new RowProblem(i, "联系电话", "submission.error.phone", "1381234")).iterator();
        Path file = dir.resolve("many.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            SubmissionWorkbooks.problemReport(many, messages("en"), out);
        }

        try (SheetReader reader = SheetFiles.open(file, "many.xlsx")) {
            assertThat(reader.header()).containsExactly("Row", "Column", "Reason", "Value given");
            reader.skipTo(9_999);   // sheet row n holds the problem of row n
            SheetRow last = reader.next();
            assertThat(last.cell(0).text()).isEqualTo("10000");
            assertThat(last.cell(0).kind()).isEqualTo(SheetCell.Kind.NUMBER);
            assertThat(reader.next().cell(0).text()).isEqualTo("10001");
            assertThat(reader.next()).isNull();
        }
    }
}
