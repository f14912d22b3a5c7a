package com.aftersales.crm.report.control;

import com.aftersales.crm.report.entity.ReportRow;
import com.aftersales.crm.report.entity.ReportTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The weekly report as an Excel workbook (Apache POI): one sheet per section, the same stored figures and row names
 * as the page, headers in the reader's language. A figure without a value (a rate without any answer) is an empty cell.
 */
@jakarta.enterprise.context.Dependent
public class WeeklyWorkbook {

    /** @param title the first line of every sheet (the week); @param text bundle key → text in the reader's language */
    public byte[] write(String title, List<ReportTable> tables, UnaryOperator<String> text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            for (ReportTable table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(text.apply("report.section." + table.section().name())));
                Cell heading = sheet.createRow(0).createCell(0);
                heading.setCellValue(title);
                heading.setCellStyle(bold);
                Row header = sheet.createRow(2);
                header(header, 0, text.apply("report.dimension." + table.section().name()), bold);
                for (int m = 0; m < table.measures().size(); m++) {
                    header(header, m + 1, text.apply("report.measure." + table.measures().get(m)), bold);
                }
                int r = 3;
                for (ReportRow row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    Cell name = line.createCell(0);
                    name.setCellValue(row.displayName(table.section(), text));
                    if (row.isTotal()) {
                        name.setCellStyle(bold);
                    }
                    for (int m = 0; m < table.measures().size(); m++) {
                        BigDecimal value = row.value(table.measures().get(m));
                        Cell cell = line.createCell(m + 1);
                        if (value != null) {
                            cell.setCellValue(value.doubleValue());
                            cell.setCellStyle(decimal);
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
                for (int m = 0; m < table.measures().size(); m++) {
                    sheet.setColumnWidth(m + 1, 16 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Excel's rules: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String safe = name.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
