package com.aftersales.crm.submission.control;

import com.aftersales.crm.submission.entity.ArchiveColumn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the committed bad-input corpus ({@code src/test/resources/submission-corpus}, see its README.md): one file per
 * way a provider's weekly spreadsheet goes wrong, with names, phones, regions, dealers, products and technicians that
 * exist in the demo data (provider P-HZ-001, 杭州西子地板售后服务中心), so that integration tests can load them for real.
 * Run it again after changing it: {@code java -cp <test class path> ...SubmissionCorpus [directory]}.
 */
public final class SubmissionCorpus {

    /** The template's headers, in order. */
    static final List<String> HEADER = Arrays.stream(ArchiveColumn.values()).map(ArchiveColumn::header).toList();

    /** Ten valid rows, one per installation of last week; values as a provider types them. */
    static List<Object[]> goodRows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("HZ2026110101", "王秀英", "13812340101", "", "浙江省", "杭州市", "西湖区",
                "文三路258号金都花园5幢1单元301室", "否", "D-HZ-001", "BZB-XZMD-910", 86.5, 328.0, "悬浮",
                day(16), day(19), null, "SZS-P-HZ-001-1、SZS-P-HZ-001-3", ""));
        rows.add(row("HZ2026110102", "李志强", "13812340102", "0571-87651234", "浙江省", "杭州市", "拱墅区",
                "莫干山路1118号阳光郡3幢902室", "否", "D-HZ-001", "BLK-HJMT-910", 120.0, 498.0, "龙骨",
                day(16), day(20), null, "SZS-P-HZ-001-1", "客厅、餐厅、主卧"));
        rows.add(row("HZ2026110103", "张丽娟", "13812340103", "", "浙江省", "杭州市", "余杭区",
                "五常大道181号西溪蝶园12幢2单元601室", "否", "", "BZB-XM-910", 64.25, 298.0, "悬浮",
                day(17), day(20), null, "SZS-P-HZ-001-2", ""));
        rows.add(row("HZ2026110104", "刘建华", "13812340104", "", "浙江省", "杭州市", "萧山区",
                "市心中路819号绿都世贸广场2幢1503室", "否", "D-HZ-001", "QH-BY-1218", 95.0, 168.0, "悬浮",
                day(17), day(21), day(22), "SZS-P-HZ-001-1、SZS-P-HZ-001-4", "次卧地台另行处理"));
        rows.add(row("HZ2026110105", "陈海燕", "13812340105", "13957112345", "浙江省", "杭州市", "桐庐县",
                "迎春南路66号春江花月小区8幢201室", "是", "", "BZB-HT-1210", 110.8, 568.0, "直接粘贴",
                day(18), day(21), null, "SZS-P-HZ-001-2", ""));
        rows.add(row("HZ2026110106", "杨俊杰", "13812340106", "", "浙江省", "金华市", "义乌市",
                "稠州北路555号宾王小区3幢702室", "是", "D-YW-001", "BZB-XZMD-910", 78.0, 328.0, "龙骨",
                day(18), day(21), null, "SZS-P-HZ-001-3", ""));
        rows.add(row("HZ2026110107", "黄晓明", "13812340107", "", "浙江省", "金华市", "婺城区",
                "八一北街210号江南花园6幢402室", "否", "", "BLK-YM-910", 132.6, 528.0, "悬浮",
                day(19), day(22), null, "SZS-P-HZ-001-1", ""));
        rows.add(row("HZ2026110108", "赵文静", "13812340108", "", "浙江省", "杭州市", "滨江区",
                "江南大道3888号星耀城2幢1101室", "否", "D-HZ-001", "BZB-XM-910", 56.0, 298.0, "直接粘贴",
                day(20), null, null, "SZS-P-HZ-001-2、SZS-P-HZ-001-4", "验收待约"));
        rows.add(row("HZ2026110109", "吴国庆", "13812340109", "", "浙江省", "杭州市", "",
                "凤起路80号体育场小区4幢505室", "", "", "QH-BY-1218", 88.0, 168.0, "其他",
                day(21), null, null, "", ""));
        rows.add(row("HZ2026110110", "周雪梅", "13812340110", "", "浙江省", "杭州市", "上城区",
                "钱江路639号钱江新城春江花月15幢2301室", "否", "D-HZ-001", "BLK-HJMT-910", 145.3, 498.0, "悬浮",
                day(21), day(22), null, "SZS-P-HZ-001-1、SZS-P-HZ-001-3", ""));
        return rows;
    }

    static LocalDate day(int dayOfNovember) {
        return LocalDate.of(2026, 11, dayOfNovember);
    }

    static Object[] row(Object... values) {
        if (values.length == ArchiveColumn.values().length - 1) {
            // written before the optional 批号 column: no batch
            values = java.util.Arrays.copyOf(values, values.length + 1);
        }
        if (values.length != ArchiveColumn.values().length) {
            throw new IllegalArgumentException("a row has " + ArchiveColumn.values().length + " values");
        }
        return values;
    }

    static Object[] with(Object[] row, ArchiveColumn column, Object value) {
        Object[] copy = row.clone();
        copy[column.ordinal()] = value;
        return copy;
    }

    /** The 1900 date system's serial number of a day, as Excel stores it. */
    static long serial(LocalDate date) {
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/submission-corpus");
        Files.createDirectories(dir);
        List<Object[]> good = goodRows();

        // good.xlsx: the first three phones typed as numbers, as Excel does with an unformatted column
        List<Object[]> goodXlsx = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            Object[] row = good.get(i);
            goodXlsx.add(i < 3 ? with(row, ArchiveColumn.PHONE, Double.parseDouble((String) row[2])) : row);
        }
        xlsx(dir.resolve("good.xlsx"), HEADER, goodXlsx);
        csv(dir.resolve("good-utf8.csv"), StandardCharsets.UTF_8, false, HEADER, good);
        csv(dir.resolve("good-utf8-bom.csv"), StandardCharsets.UTF_8, true, HEADER, good);
        csv(dir.resolve("good-gbk.csv"), Charset.forName("GBK"), false, HEADER, good);

        // wrong-headers.xlsx: the provider's own headers; 客户姓名 twice; an extra column of their own
        List<String> wrong = List.of("保修卡号", "客户姓名", "手机", "省", "市", "区县", "地址", "产品型号", "面积",
                "单价(元)", "铺装方式", "铺装日期", "客户姓名", "业务员");
        List<Object[]> wrongRows = new ArrayList<>();
        wrongRows.add(new Object[]{"HZ2026110101", "王秀英", "13812340101", "浙江省", "杭州市", "西湖区",
                "文三路258号金都花园5幢1单元301室", "BZB-XZMD-910", 86.5, 328.0, "悬浮", day(16), "王秀英", "小陈"});
        xlsx(dir.resolve("wrong-headers.xlsx"), wrong, wrongRows);

        // missing-headers.csv: 联系电话 and 铺装日期 left out
        List<Integer> kept = new ArrayList<>();
        for (ArchiveColumn column : ArchiveColumn.values()) {
            if (column != ArchiveColumn.PHONE && column != ArchiveColumn.INSTALLED_ON) {
                kept.add(column.ordinal());
            }
        }
        csv(dir.resolve("missing-headers.csv"), StandardCharsets.UTF_8, false,
                kept.stream().map(HEADER::get).toList(),
                good.subList(0, 2).stream().map(r -> kept.stream().map(i -> r[i]).toArray()).toList());

        Files.write(dir.resolve("empty.csv"), new byte[0]);
        xlsx(dir.resolve("header-only.xlsx"), HEADER, List.of());

        formulas(dir.resolve("formulas.xlsx"), good);
        dates(dir.resolve("dates.xlsx"), good);

        // duplicate-rows.csv: row 4 repeats row 2's card; row 5 corrects row 3, which was refused
        List<Object[]> duplicates = new ArrayList<>();
        duplicates.add(good.get(0));
        duplicates.add(with(good.get(1), ArchiveColumn.PHONE, "1381234010"));
        duplicates.add(good.get(0));
        duplicates.add(good.get(1));
        csv(dir.resolve("duplicate-rows.csv"), StandardCharsets.UTF_8, false, HEADER, duplicates);

        // unknown-codes.csv: one unknown code per row, then a valid row
        List<Object[]> unknown = new ArrayList<>();
        unknown.add(with(good.get(0), ArchiveColumn.PRODUCT_CODE, "BZB-XZMD-999"));
        unknown.add(with(good.get(1), ArchiveColumn.DEALER_CODE, "D-HZ-099"));
        unknown.add(with(good.get(2), ArchiveColumn.DISTRICT, "东城区"));
        unknown.add(with(good.get(3), ArchiveColumn.TECHNICIANS, "SZS-P-HZ-001-1、SZS-P-SH-001-2"));
        unknown.add(good.get(4));
        csv(dir.resolve("unknown-codes.csv"), StandardCharsets.UTF_8, false, HEADER, unknown);

        Files.copy(dir.resolve("good.xlsx"), dir.resolve("xlsx-named.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("good-utf8.csv"), dir.resolve("csv-named.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        try (HSSFWorkbook legacy = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("legacy.xls"))) {
            Row header = legacy.createSheet("铺装档案").createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            legacy.write(out);
        }

        xlsx(dir.resolve("mixed-bad-rows.xlsx"), HEADER, mixedRows(good));
    }

    /**
     * Twenty rows, six of them bad in different ways (rows 4, 7, 9, 12, 15, 18 of the sheet; row 7 twice over).
     * The good ones are the ten good rows and ten more with their own cards.
     */
    static List<Object[]> mixedRows(List<Object[]> good) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Object[] base = good.get(i % 10);
            if (i >= 10) {
                base = with(base, ArchiveColumn.WARRANTY_CARD_NO, "HZ20261102" + String.format("%02d", i - 9));
                base = with(base, ArchiveColumn.PHONE, "139" + String.format("%08d", 57100000 + i));
                base = with(base, ArchiveColumn.CUSTOMER_NAME, List.of("孙梓萱", "马浩然", "朱欣怡", "胡宇轩", "郭建军",
                        "何红梅", "林春生", "高玉兰", "罗子涵", "徐文静").get(i - 10));
            }
            rows.add(base);
        }
        // sheet row n is list index n - 2
        rows.set(2, with(rows.get(2), ArchiveColumn.PHONE, "1381234"));
        Object[] seven = with(rows.get(5), ArchiveColumn.QUANTITY_M2, 0.0);
        rows.set(5, with(seven, ArchiveColumn.UNIT_PRICE, -5.0));
        rows.set(7, with(rows.get(7), ArchiveColumn.CUSTOMER_NAME, ""));
        rows.set(10, with(rows.get(10), ArchiveColumn.METHOD, "地暖专用"));
        rows.set(13, with(rows.get(13), ArchiveColumn.INSTALLED_ON, LocalDate.of(2062, 11, 18)));
        rows.set(16, with(rows.get(16), ArchiveColumn.ACCEPTED_ON, day(10)));
        return rows;
    }

    /** Row 2: 面积 a formula with its cached value; row 3: 面积 a formula never calculated; row 4: 姓名 a formula
     * giving text; row 5: 备注 a text that looks like a formula. */
    private static void formulas(Path file, List<Object[]> good) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = sheet(workbook, HEADER);
            writeRow(sheet, 1, good.get(0), workbook);
            writeRow(sheet, 2, good.get(1), workbook);
            writeRow(sheet, 3, good.get(2), workbook);
            writeRow(sheet, 4, good.get(3), workbook);
            int area = ArchiveColumn.QUANTITY_M2.ordinal();
            sheet.getRow(1).getCell(area).setCellFormula("40+46.5");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sheet.getRow(1).getCell(area));
            sheet.getRow(2).removeCell(sheet.getRow(2).getCell(area));
            sheet.getRow(2).createCell(area).setCellFormula("100+20");  // never evaluated: no cached value
            Cell name = sheet.getRow(3).getCell(ArchiveColumn.CUSTOMER_NAME.ordinal());
            name.setCellFormula("CONCATENATE(\"张\",\"丽娟\")");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(name);
            sheet.getRow(4).getCell(ArchiveColumn.NOTE.ordinal()).setCellValue("=HYPERLINK(\"http://example.com\")");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** 铺装日期 in every accepted way, then one day that does not exist. */
    private static void dates(Path file, List<Object[]> good) throws IOException {
        Object[] forms = {"2026-11-16", "2026/11/17", "2026.11.18", "2026年11月19日", "20261120",
                (double) serial(day(21)), String.valueOf(serial(day(22))), day(20), "2026-02-30"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < forms.length; i++) {
            Object[] row = with(good.get(i), ArchiveColumn.INSTALLED_ON, forms[i]);
            row = with(row, ArchiveColumn.ACCEPTED_ON, null);
            rows.add(with(row, ArchiveColumn.MOVED_IN_ON, null));
        }
        xlsx(file, HEADER, rows);
    }

    static void xlsx(Path file, List<String> header, List<Object[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = sheet(workbook, header);
            for (int i = 0; i < rows.size(); i++) {
                writeRow(sheet, i + 1, rows.get(i), workbook);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static Sheet sheet(Workbook workbook, List<String> header) {
        Sheet sheet = workbook.createSheet("铺装档案");
        Row row = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            row.createCell(i).setCellValue(header.get(i));
        }
        return sheet;
    }

    private static final java.util.Map<Workbook, CellStyle> DATE_STYLES = new java.util.IdentityHashMap<>();

    private static void writeRow(Sheet sheet, int index, Object[] values, Workbook workbook) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            Object value = values[i];
            if (value instanceof String s) {
                if (!s.isEmpty()) {
                    cell.setCellValue(s);
                }
            } else if (value instanceof Double d) {
                cell.setCellValue(d);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle(workbook));
            }
        }
    }

    private static CellStyle dateStyle(Workbook workbook) {
        return DATE_STYLES.computeIfAbsent(workbook, w -> {
            CellStyle style = w.createCellStyle();
            style.setDataFormat(w.createDataFormat().getFormat("yyyy-mm-dd"));
            return style;
        });
    }

    static void csv(Path file, Charset charset, boolean bom, List<String> header, List<Object[]> rows)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        CharsetEncoder encoder = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Writer writer = new OutputStreamWriter(bytes, encoder);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            printer.printRecord(header);
            for (Object[] row : rows) {
                printer.printRecord(Arrays.stream(row).map(SubmissionCorpus::text).toList());
            }
        }
        Files.write(file, bytes.toByteArray());
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private SubmissionCorpus() {
    }
}
