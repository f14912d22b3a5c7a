package com.aftersales.crm.shared.sheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetFilesTest {

    @TempDir
    Path dir;

    private Path xlsx(String name, Consumer<Workbook> content) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    private Path text(String name, String content, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }

    private static List<SheetRow> rows(SheetReader reader) throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        SheetRow row;
        while ((row = reader.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    private static String key(ThrowingOpen open) {
        try {
            open.run().close();
            return null;
        } catch (SheetFormatException e) {
            return e.key();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    interface ThrowingOpen {
        SheetReader run() throws Exception;
    }

    @Test
    void aPhoneStoredAsANumberComesBackAsItsElevenDigits() throws Exception {
        Path file = xlsx("phones.xlsx", workbook -> {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("电话");
            sheet.createRow(1).createCell(0).setCellValue(13812345678d);
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Cell price = sheet.createRow(2).createCell(0);
            price.setCellValue(12.50);
            price.setCellStyle(twoDecimals);
            sheet.createRow(3).createCell(0).setCellValue(0.1 + 0.2);
            sheet.createRow(4).createCell(0).setCellValue(100);
        });

        try (SheetReader reader = SheetFiles.open(file, "phones.xlsx")) {
            List<SheetRow> rows = rows(reader);

            assertThat(rows).extracting(r -> r.cell(0).text())
                    .containsExactly("13812345678", "12.5", "0.30000000000000004", "100");
            assertThat(rows).extracting(r -> r.cell(0).kind()).containsOnly(SheetCell.Kind.NUMBER);
        }
    }

    @Test
    void everyKindOfXlsxCellIsToldApart() throws Exception {
        Path file = xlsx("kinds.xlsx", workbook -> {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < 7; i++) {
                header.createCell(i).setCellValue(" 列" + i + " ");
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("文本");
            row.createCell(1).setCellValue(42);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            row.createCell(2).setCellValue(LocalDate.of(2026, 11, 16));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellFormula("1+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(3));
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            row.createCell(6);
        });

        try (SheetReader reader = SheetFiles.open(file, "kinds.xlsx")) {
            assertThat(reader.header()).containsExactly("列0", "列1", "列2", "列3", "列4", "列5", "列6");
            assertThat(reader.format()).isEqualTo(SheetFormat.XLSX);
            assertThat(reader.charset()).isNull();
            SheetRow row = reader.next();

            assertThat(row.cells()).extracting(SheetCell::kind).containsExactly(SheetCell.Kind.TEXT,
                    SheetCell.Kind.NUMBER, SheetCell.Kind.DATE, SheetCell.Kind.FORMULA, SheetCell.Kind.BOOLEAN,
                    SheetCell.Kind.ERROR, SheetCell.Kind.BLANK);
            assertThat(row.cells()).extracting(SheetCell::text)
                    .containsExactly("文本", "42", "2026-11-16", "2", "TRUE", "#DIV/0!", "");
            assertThat(row.cell(2).date()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(row.cell(99)).isEqualTo(SheetCell.BLANK);
        }
    }

    @Test
    void blankRowsAreSkippedButRowNumbersStayTheSpreadsheets() throws Exception {
        Path xlsx = xlsx("gaps.xlsx", workbook -> {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("卡号");
            sheet.createRow(1).createCell(0).setCellValue("A");
            sheet.createRow(2).createCell(0).setCellValue("   ");   // only spaces: blank
            sheet.createRow(4).createCell(2).setCellValue("C");   // rows 4 absent, cells A-B absent
        });
        Path csv = text("gaps.csv", "卡号,姓名\r\nA,甲\r\n,\r\n\r\nC,丙\r\n", StandardCharsets.UTF_8);

        try (SheetReader reader = SheetFiles.open(xlsx, "gaps.xlsx")) {
            List<SheetRow> rows = rows(reader);
            assertThat(rows).extracting(SheetRow::rowNo).containsExactly(2, 5);
            assertThat(rows.get(1).cells()).extracting(SheetCell::text).containsExactly("", "", "C");
        }
        try (SheetReader reader = SheetFiles.open(csv, "gaps.csv")) {
            assertThat(rows(reader)).extracting(SheetRow::rowNo).containsExactly(2, 5);
        }
    }

    @Test
    void skipToResumesAfterTheLastCommittedRow() throws Exception {
        StringBuilder content = new StringBuilder("卡号\n");
        for (int i = 2; i <= 10; i++) {
            content.append(i == 6 ? "" : "R" + i).append('\n');
        }
        Path csv = text("restart.csv", content.toString(), StandardCharsets.UTF_8);
        Path xlsx = xlsx("restart.xlsx", workbook -> {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("卡号");
            for (int i = 2; i <= 10; i++) {
                if (i != 6) {
                    sheet.createRow(i - 1).createCell(0).setCellValue("R" + i);
                }
            }
        });

        for (Path file : List.of(csv, xlsx)) {
            try (SheetReader reader = SheetFiles.open(file, file.getFileName().toString())) {
                List<Integer> skipped = new ArrayList<>();
                reader.skipTo(5, row -> skipped.add(row.rowNo()));

                assertThat(skipped).containsExactly(2, 3, 4, 5);
                assertThat(reader.next().rowNo()).isEqualTo(7);   // row 6 is blank
                reader.skipTo(8);
                assertThat(reader.next().cell(0).text()).isEqualTo("R9");
                reader.skipTo(100);
                assertThat(reader.next()).isNull();
            }
        }
    }

    @Test
    void csvThatIsNotUtf8IsReadAsGbk() throws Exception {
        Path gbk = text("gbk.csv", "保修卡号,客户姓名\r\nHZ1,王秀英\r\n", Charset.forName("GBK"));
        Path utf8 = text("utf8.csv", "保修卡号,客户姓名\r\nHZ1,王秀英\r\n", StandardCharsets.UTF_8);
        Path bom = text("bom.csv", "\uFEFF保修卡号,客户姓名\r\nHZ1,王秀英\r\n", StandardCharsets.UTF_8);
        Path ascii = text("ascii.csv", "card,name\r\nHZ1,Wang\r\n", StandardCharsets.US_ASCII);

        try (SheetReader reader = SheetFiles.open(gbk, "gbk.csv")) {
            assertThat(reader.charset()).isEqualTo(SheetFiles.GBK_FAMILY);
            assertThat(reader.header()).containsExactly("保修卡号", "客户姓名");
            assertThat(reader.next().cell(1).text()).isEqualTo("王秀英");
        }
        try (SheetReader reader = SheetFiles.open(utf8, "utf8.csv")) {
            assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(reader.next().cell(1).text()).isEqualTo("王秀英");
        }
        try (SheetReader reader = SheetFiles.open(bom, "bom.csv")) {
            assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(reader.header().get(0)).isEqualTo("保修卡号");
        }
        try (SheetReader reader = SheetFiles.open(ascii, "ascii.csv")) {
            assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aGbkFileWhoseChineseStartsLateIsStillGbk() throws Exception {
        StringBuilder content = new StringBuilder("card,name\r\n");
        for (int i = 0; i < 5000; i++) {
            content.append("HZ").append(i).append(",Wang\r\n");
        }
        content.append("HZ9,王秀英\r\n");
        Path gbk = text("late.csv", content.toString(), Charset.forName("GBK"));

        try (SheetReader reader = SheetFiles.open(gbk, "late.csv")) {
            reader.skipTo(5001);
            assertThat(reader.next().cell(1).text()).isEqualTo("王秀英");
        }
    }

    @Test
    void csvFieldsKeepQuotesCommasAndLineBreaksAsExcelWritesThem() throws Exception {
        Path csv = text("quoted.csv", "地址,备注\r\n\"文三路1号,3幢\",\"他说\"\"好\"\"\nOK\"\r\n", StandardCharsets.UTF_8);

        try (SheetReader reader = SheetFiles.open(csv, "quoted.csv")) {
            SheetRow row = reader.next();
            assertThat(row.cells()).extracting(SheetCell::text).containsExactly("文三路1号,3幢", "他说\"好\"\nOK");
            assertThat(row.cell(0).kind()).isEqualTo(SheetCell.Kind.TEXT);
        }
    }

    @Test
    void aBrokenCsvQuoteIsAFormatProblemNamingTheRow() throws Exception {
        Path csv = text("broken.csv", "卡号,姓名\r\nA,甲\r\n\"B,乙\r\n", StandardCharsets.UTF_8);

        try (SheetReader reader = SheetFiles.open(csv, "broken.csv")) {
            assertThat(reader.next().rowNo()).isEqualTo(2);
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(SheetFormatException.class, e -> {
                assertThat(e.key()).isEqualTo("sheet.error.csvSyntax");
                assertThat(e.args()).containsExactly(3);
            });
        }
    }

    @Test
    void emptyFilesAndFilesWithoutAHeaderRowAreEmpty() throws Exception {
        Path zero = Files.write(dir.resolve("zero.csv"), new byte[0]);
        Path blankLines = text("blank.csv", "\r\n , \r\n\r\n", StandardCharsets.UTF_8);
        Path noRows = xlsx("none.xlsx", workbook -> workbook.createSheet());

        assertThat(key(() -> SheetFiles.open(zero, "zero.csv"))).isEqualTo("sheet.error.empty");
        assertThat(key(() -> SheetFiles.open(blankLines, "blank.csv"))).isEqualTo("sheet.error.empty");
        assertThat(key(() -> SheetFiles.open(noRows, "none.xlsx"))).isEqualTo("sheet.error.empty");
    }

    /** An xlsx whose sheet holds a comment of {@code megabytes} MB of spaces: it inflates a thousandfold. */
    private Path zipBomb(String name, int megabytes) throws IOException {
        Path plain = xlsx("plain-" + name, workbook -> workbook.createSheet().createRow(0).createCell(0).setCellValue("保修卡号"));
        Path bomb = dir.resolve(name);
        try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(plain.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int prolog = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, prolog).getBytes(StandardCharsets.UTF_8));
                    zip.write("<!--".getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write(("-->" + xml.substring(prolog)).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return bomb;
    }

    @Test
    void aWorkbookThatInflatesLikeAZipBombIsRefusedAsSuch() throws Exception {
        Path bomb = zipBomb("bomb.xlsx", 50);
        assertThat(Files.size(bomb)).as("small on disk").isLessThan(1024 * 1024);

        assertThat(key(() -> {
            SheetReader reader = SheetFiles.open(bomb, "bomb.xlsx");
            rows(reader);
            return reader;
        })).isEqualTo("sheet.error.compressedTooLarge");
    }

    @Test
    void binaryFilesOtherThanXlsxAreRefused() throws Exception {
        Path xls = Files.write(dir.resolve("old.xls"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        Path png = Files.write(dir.resolve("photo.csv"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A,
                0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        Path docx = dir.resolve("letter.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path truncated = dir.resolve("cut.xlsx");
        byte[] whole = Files.readAllBytes(xlsx("whole.xlsx", workbook -> workbook.createSheet().createRow(0)
                .createCell(0).setCellValue("卡号")));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(key(() -> SheetFiles.open(xls, "old.xls"))).isEqualTo("sheet.error.xls");
        assertThat(key(() -> SheetFiles.open(png, "photo.csv"))).isEqualTo("sheet.error.unreadable");
        assertThat(key(() -> SheetFiles.open(docx, "letter.xlsx"))).isEqualTo("sheet.error.unreadable");
        assertThat(key(() -> SheetFiles.open(truncated, "cut.xlsx"))).isEqualTo("sheet.error.unreadable");
    }

    @Test
    void cellReferencesGiveTheirColumn() {
        assertThat(XlsxSheetReader.columnOf("A1")).isZero();
        assertThat(XlsxSheetReader.columnOf("S12")).isEqualTo(18);
        assertThat(XlsxSheetReader.columnOf("AB3")).isEqualTo(27);
        assertThat(XlsxSheetReader.columnOf("$XFD$1048576")).isEqualTo(16383);
    }

    @Test
    void onlyTheFirstSheetIsRead() throws Exception {
        Path file = xlsx("two.xlsx", workbook -> {
            workbook.createSheet("一").createRow(0).createCell(0).setCellValue("第一页");
            workbook.createSheet("二").createRow(0).createCell(0).setCellValue("第二页");
        });

        try (SheetReader reader = SheetFiles.open(file, null)) {
            assertThat(reader.header()).containsExactly("第一页");
            assertThat(reader.next()).isNull();
            assertThat(reader.extensionMismatch()).isFalse();
        }
    }

    @Test
    void aLargeXlsxIsStreamedRowByRow() throws Exception {
        int rows = 30_000;
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("卡号");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("HZ" + i);
                row.createCell(1).setCellValue("浙江省杭州市西湖区文三路" + i + "号");
                row.createCell(2).setCellValue(13800000000d + i);
            }
            workbook.write(out);
            workbook.dispose();
        }

        int count = 0;
        SheetRow last = null;
        try (SheetReader reader = SheetFiles.open(file, "large.xlsx")) {
            SheetRow row;
            while ((row = reader.next()) != null) {
                count++;
                last = row;
            }
        }
        assertThat(count).isEqualTo(rows);
        assertThat(last.rowNo()).isEqualTo(rows + 1);
        assertThat(last.cell(2).text()).isEqualTo(String.valueOf(13800000000L + rows));
    }
}
