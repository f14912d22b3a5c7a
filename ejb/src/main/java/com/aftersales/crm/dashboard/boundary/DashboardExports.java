package com.aftersales.crm.dashboard.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A dashboard view written as an Excel workbook (POI) or a PDF (OpenPDF, with its Adobe Chinese font STSong-Light,
 * which readers supply: nothing to embed, nothing to install on the server). Numbers stay numbers in Excel.
 */
public final class DashboardExports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    public static void xlsx(ExportTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(safeSheetName(table.title()));
            var bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            sheet.createRow(0).createCell(0).setCellValue(table.title());
            sheet.getRow(0).getCell(0).setCellStyle(header);
            sheet.createRow(1).createCell(0).setCellValue(table.subtitle());
            Row head = sheet.createRow(3);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
            }
            int r = 4;
            for (List<String> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    Cell cell = row.createCell(c);
                    BigDecimal number = number(value);
                    if (number != null) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value == null ? "" : value);
                    }
                }
            }
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
        }
    }

    public static void pdf(ExportTable table, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont chinese = BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(chinese, 14, Font.BOLD);
            Font text = new Font(chinese, 9);
            Font head = new Font(chinese, 9, Font.BOLD);
            document.open();
            document.add(new Paragraph(table.title(), title));
            document.add(new Paragraph(table.subtitle(), text));
            document.add(new Paragraph(" ", text));
            PdfPTable grid = new PdfPTable(Math.max(1, table.headers().size()));
            grid.setWidthPercentage(100);
            grid.setHeaderRows(1);
            for (String h : table.headers()) {
                PdfPCell cell = new PdfPCell(new Phrase(h, head));
                cell.setGrayFill(0.9f);
                grid.addCell(cell);
            }
            for (List<String> values : table.rows()) {
                for (String value : values) {
                    PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, text));
                    if (number(value) != null) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    grid.addCell(cell);
                }
            }
            document.add(grid);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static BigDecimal number(String value) {
        if (value == null || value.isEmpty() || !value.matches("-?\\d{1,15}(\\.\\d{1,4})?")) {
            return null;
        }
        return new BigDecimal(value);
    }

    private static String safeSheetName(String title) {
        String name = title == null || title.isBlank() ? "Dashboard" : title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private DashboardExports() {
    }
}
