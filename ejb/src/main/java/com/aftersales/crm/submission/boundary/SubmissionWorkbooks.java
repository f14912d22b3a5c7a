package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.submission.control.ArchiveRowParser;
import com.aftersales.crm.submission.entity.ArchiveColumn;
import com.aftersales.crm.submission.entity.RowProblem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The spreadsheets the portal hands out: the template providers fill in (the header row, one example row, and a sheet
 * explaining every column) and the report of the rows a submission refused. Texts come from the bundles through
 * {@code messages} (key → text in the user's language); the column headers are the file's contract and stay Chinese.
 */
public final class SubmissionWorkbooks {

    /** How far down the template's drop-downs reach. */
    private static final int TEMPLATE_ROWS = 5000;

    private static final Map<ArchiveColumn, Object> EXAMPLE = new EnumMap<>(ArchiveColumn.class);

    static {
        EXAMPLE.put(ArchiveColumn.WARRANTY_CARD_NO, ArchiveRowParser.EXAMPLE_CARD);
        EXAMPLE.put(ArchiveColumn.CUSTOMER_NAME, "王建华");
        EXAMPLE.put(ArchiveColumn.PHONE, "13812345678");
        EXAMPLE.put(ArchiveColumn.ALT_PHONE, "0571-87654321");
        EXAMPLE.put(ArchiveColumn.PROVINCE, "浙江省");
        EXAMPLE.put(ArchiveColumn.CITY, "杭州市");
        EXAMPLE.put(ArchiveColumn.DISTRICT, "西湖区");
        EXAMPLE.put(ArchiveColumn.STREET, "文三路478号华星花园3幢2单元1202室");
        EXAMPLE.put(ArchiveColumn.SUBURBAN, "否");
        EXAMPLE.put(ArchiveColumn.DEALER_CODE, "D-HZ-001");
        EXAMPLE.put(ArchiveColumn.PRODUCT_CODE, "BZB-XZMD-910");
        EXAMPLE.put(ArchiveColumn.QUANTITY_M2, 86.5);
        EXAMPLE.put(ArchiveColumn.UNIT_PRICE, 328.0);
        EXAMPLE.put(ArchiveColumn.METHOD, "悬浮");
        EXAMPLE.put(ArchiveColumn.INSTALLED_ON, LocalDate.of(2026, 11, 16));
        EXAMPLE.put(ArchiveColumn.ACCEPTED_ON, LocalDate.of(2026, 11, 19));
        EXAMPLE.put(ArchiveColumn.TECHNICIANS, "SZS-P-HZ-001-1、SZS-P-HZ-001-3");
        EXAMPLE.put(ArchiveColumn.NOTE, "客厅及两间卧室");
        EXAMPLE.put(ArchiveColumn.BATCH_NO, "20261105-A3");
    }

    /** Writes the template xlsx (small: built in memory). */
    public static void template(OutputStream out, Function<String, String> messages) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle headerStyle = headerStyle(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

            Sheet sheet = workbook.createSheet(messages.apply("submission.template.sheet"));
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (ArchiveColumn column : ArchiveColumn.values()) {
                int i = column.ordinal();
                Cell cell = header.createCell(i);
                cell.setCellValue(column.header());
                cell.setCellStyle(headerStyle);
                CellStyle style = switch (column.kind()) {
                    case TEXT -> text;
                    case DATE -> date;
                    case NUMBER -> number;
                };
                // the column's style: what the provider types later keeps leading zeros, dates stay dates
                sheet.setDefaultColumnStyle(i, style);
                sheet.setColumnWidth(i, width(column) * 256);
                Object value = EXAMPLE.get(column);
                Cell exampleCell = example.createCell(i);
                exampleCell.setCellStyle(style);
                if (value instanceof String s) {
                    exampleCell.setCellValue(s);
                } else if (value instanceof Double d) {
                    exampleCell.setCellValue(d);
                } else if (value instanceof LocalDate d) {
                    exampleCell.setCellValue(d);
                }
            }
            sheet.createFreezePane(0, 1);
            choices(sheet, ArchiveColumn.METHOD, "悬浮", "龙骨", "直接粘贴", "其他");
            choices(sheet, ArchiveColumn.SUBURBAN, "是", "否");

            Sheet help = workbook.createSheet(messages.apply("submission.template.instructionsSheet"));
            help.createRow(0).createCell(0).setCellValue(messages.apply("submission.template.intro"));
            Row helpHeader = help.createRow(2);
            String[] titles = {"submission.template.column", "submission.template.alias", "submission.template.required",
                    "submission.template.format"};
            for (int i = 0; i < titles.length; i++) {
                Cell cell = helpHeader.createCell(i);
                cell.setCellValue(messages.apply(titles[i]));
                cell.setCellStyle(headerStyle);
            }
            int rowNo = 3;
            for (ArchiveColumn column : ArchiveColumn.values()) {
                Row row = help.createRow(rowNo++);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue(column.alias());
                row.createCell(2).setCellValue(messages.apply(column.required()
                        ? "submission.template.requiredYes" : "submission.template.requiredNo"));
                row.createCell(3).setCellValue(messages.apply(column.helpKey()));
            }
            help.setColumnWidth(0, 16 * 256);
            help.setColumnWidth(1, 22 * 256);
            help.setColumnWidth(2, 10 * 256);
            help.setColumnWidth(3, 90 * 256);
            workbook.write(out);
        }
    }

    /** A drop-down of the values the column takes (Excel still lets the provider paste others: the parser checks). */
    private static void choices(Sheet sheet, ArchiveColumn column, String... values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        CellRangeAddressList cells = new CellRangeAddressList(1, TEMPLATE_ROWS, column.ordinal(), column.ordinal());
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values), cells);
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }

    private static int width(ArchiveColumn column) {
        return switch (column) {
            case STREET -> 36;
            case NOTE, TECHNICIANS -> 30;
            case WARRANTY_CARD_NO, PHONE, ALT_PHONE, PRODUCT_CODE, BATCH_NO -> 16;
            case INSTALLED_ON, ACCEPTED_ON, MOVED_IN_ON, QUANTITY_M2, DEALER_CODE -> 13;
            default -> 10;
        };
    }

    private static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    /**
     * Streams the report of a submission's problems: row number, column, reason in the user's language, the value.
     * Holds only a window of rows in memory, so a file of 100 000 bad rows is no trouble.
     */
    public static void problemReport(Iterable<RowProblem> problems, Function<String, String> messages,
                                     OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.setCompressTempFiles(true);
            CellStyle headerStyle = headerStyle(workbook);
            Sheet sheet = workbook.createSheet(messages.apply("submission.report.sheet"));
            Row header = sheet.createRow(0);
            String[] titles = {"submission.report.rowNo", "submission.report.column", "submission.report.reason",
                    "submission.report.value"};
            for (int i = 0; i < titles.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(messages.apply(titles[i]));
                cell.setCellStyle(headerStyle);
            }
            sheet.setColumnWidth(0, 10 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(2, 50 * 256);
            sheet.setColumnWidth(3, 40 * 256);
            sheet.createFreezePane(0, 1);
            String wholeFile = messages.apply("submission.report.wholeFile");
            int rowNo = 1;
            for (RowProblem problem : problems) {
                Row row = sheet.createRow(rowNo++);
                if (problem.rowNo() == 0) {
                    row.createCell(0).setCellValue(wholeFile);
                } else {
                    row.createCell(0).setCellValue(problem.rowNo());
                }
                row.createCell(1).setCellValue(problem.column());
                row.createCell(2).setCellValue((problem.warning() ? messages.apply("submission.warning") + ": " : "")
                        + messages.apply(problem.reasonKey()));
                if (problem.value() != null) {
                    row.createCell(3).setCellValue(problem.value());
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private SubmissionWorkbooks() {
    }
}
