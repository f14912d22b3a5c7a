package com.aftersales.crm.shared.sheet;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The first sheet of an xlsx, streamed: POI's {@link XSSFSheetXMLHandler} resolves the shared and inline strings
 * ({@link ReadOnlySharedStringsTable}), while this class pulls the sheet's XML with StAX and feeds it to the handler
 * one event at a time. Pulling (rather than letting a SAX parser push the whole sheet) gives a {@link #next()} without
 * a second thread and keeps one row in memory. The cell's type, style and raw value are read from the same events:
 * the handler's text is formatted for display (rounded, scientific), not exact.
 */
final class XlsxSheetReader extends AbstractSheetReader {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final XMLInputFactory XML = secureFactory();

    private final OPCPackage pkg;
    private final InputStream sheetStream;
    private final XMLStreamReader xml;
    private final XSSFSheetXMLHandler handler;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    // the row and cell being read
    private final List<SheetCell> cells = new ArrayList<>();
    private int rowNo;
    private int column;
    private String cellType;
    private String cellStyle;
    private boolean cellHasFormula;
    private boolean inValue;
    private final StringBuilder rawValue = new StringBuilder();
    private String handlerText;
    private boolean finished;

    XlsxSheetReader(Path file, boolean extensionMismatch) throws IOException, SheetFormatException {
        super(extensionMismatch);
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(opened);
            this.styles = reader.getStylesTable();
            this.date1904 = date1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetFormatException("sheet.error.empty");
            }
            this.sheetStream = sheets.next();
            // phonetic guides (拼音指南 runs) are not part of a cell's text
            this.handler = new XSSFSheetXMLHandler(styles, new ReadOnlySharedStringsTable(opened, false), new Capture(),
                    new DataFormatter(), false);
            this.xml = XML.createXMLStreamReader(sheetStream);
            this.pkg = opened;
        } catch (OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            revert(opened);
            throw refusal(e);
        } catch (IOException e) {
            revert(opened);
            if (isZipBomb(e)) {
                throw refusal(e);
            }
            throw e;
        } catch (SheetFormatException e) {
            revert(opened);
            throw e;
        }
    }

    /**
     * A damaged workbook is unreadable; one whose entries inflate far beyond their compressed size (POI's
     * ZipSecureFile: a zip bomb, or a workbook too large to be sane) is refused as such, so the provider learns why.
     */
    private static SheetFormatException refusal(Exception e) {
        return new SheetFormatException(isZipBomb(e) ? "sheet.error.compressedTooLarge" : "sheet.error.unreadable", e);
    }

    /** POI says so only in its IOException's text (no exception type of its own), anywhere in the cause chain. */
    static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb detected") || message.contains("potentially malicious"))) {
                return true;
            }
        }
        return false;
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader workbook = XML.createXMLStreamReader(in);
            try {
                while (workbook.hasNext()) {
                    if (workbook.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = workbook.getLocalName();
                        if ("workbookPr".equals(name)) {
                            String value = workbook.getAttributeValue(null, "date1904");
                            return "1".equals(value) || "true".equalsIgnoreCase(value);
                        }
                        if ("sheets".equals(name)) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                workbook.close();
            }
        }
    }

    /** Receives the handler's text of the current cell; only shared and inline strings are taken from it. */
    private final class Capture implements XSSFSheetXMLHandler.SheetContentsHandler {
        @Override
        public void startRow(int rowNum) {
            // rows are tracked from the XML events
        }

        @Override
        public void endRow(int rowNum) {
            // rows are tracked from the XML events
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            handlerText = formattedValue;
        }
    }

    @Override
    SheetRow readRaw() throws IOException, SheetFormatException {
        if (finished) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        startElement();
                        handler.startElement(xml.getNamespaceURI(), xml.getLocalName(), qName(), attributes());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inValue) {
                            rawValue.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                        handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        handler.endElement(xml.getNamespaceURI(), xml.getLocalName(), qName());
                        SheetRow row = endElement();
                        if (row != null) {
                            return row;
                        }
                        if (finished) {
                            return null;
                        }
                    }
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException | SAXException | RuntimeException e) {
            throw refusal(e);
        }
    }

    private boolean inMainNamespace() {
        String ns = xml.getNamespaceURI();
        return ns == null || ns.isEmpty() || MAIN_NS.equals(ns);
    }

    private void startElement() {
        if (!inMainNamespace()) {
            return;
        }
        switch (xml.getLocalName()) {
            case "row" -> {
                String r = xml.getAttributeValue(null, "r");
                rowNo = r == null ? rowNo + 1 : Integer.parseInt(r);
                column = -1;
                cells.clear();
            }
            case "c" -> {
                String ref = xml.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : columnOf(ref);
                cellType = xml.getAttributeValue(null, "t");
                cellStyle = xml.getAttributeValue(null, "s");
                cellHasFormula = false;
                rawValue.setLength(0);
                handlerText = null;
            }
            case "f" -> cellHasFormula = true;
            case "v" -> inValue = true;
            default -> {
                // the handler deals with inline strings and the rest
            }
        }
    }

    /** The 0-based column of a reference such as {@code AB12} (POI's CellReference is a regex per cell). */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    private SheetRow endElement() {
        if (!inMainNamespace()) {
            return null;
        }
        switch (xml.getLocalName()) {
            case "v" -> inValue = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add(SheetCell.BLANK);
                }
                SheetCell cell = cell();
                if (cells.size() == column) {
                    cells.add(cell);
                } else {
                    cells.set(column, cell);
                }
            }
            case "row" -> {
                return new SheetRow(rowNo, cells);
            }
            case "sheetData" -> finished = true;
            default -> {
                // nothing to do
            }
        }
        return null;
    }

    private SheetCell cell() {
        String raw = rawValue.toString();
        String type = cellType == null ? "n" : cellType;
        switch (type) {
            case "s", "inlineStr" -> {
                return cellHasFormula ? new SheetCell(handlerText, SheetCell.Kind.FORMULA, null)
                        : SheetCell.text(handlerText);
            }
            case "str" -> {
                return cellHasFormula ? new SheetCell(raw, SheetCell.Kind.FORMULA, null) : SheetCell.text(raw);
            }
            case "b" -> {
                String text = "1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "TRUE" : "FALSE";
                return new SheetCell(text, cellHasFormula ? SheetCell.Kind.FORMULA : SheetCell.Kind.BOOLEAN, null);
            }
            case "e" -> {
                return new SheetCell(raw, SheetCell.Kind.ERROR, null);
            }
            case "d" -> {
                LocalDate date = LocalDate.parse(raw.strip().substring(0, 10));
                return new SheetCell(date.toString(), cellHasFormula ? SheetCell.Kind.FORMULA : SheetCell.Kind.DATE,
                        date);
            }
            default -> {
                return number(raw.strip());
            }
        }
    }

    private SheetCell number(String raw) {
        if (raw.isEmpty()) {
            return cellHasFormula ? new SheetCell(null, SheetCell.Kind.FORMULA, null) : SheetCell.BLANK;
        }
        double value = Double.parseDouble(raw);
        if (isDateStyle() && DateUtil.isValidExcelDate(value)) {
            LocalDate date = DateUtil.getLocalDateTime(value, date1904).toLocalDate();
            return new SheetCell(date.toString(), cellHasFormula ? SheetCell.Kind.FORMULA : SheetCell.Kind.DATE, date);
        }
        String exact = new BigDecimal(raw).stripTrailingZeros().toPlainString();
        return new SheetCell(exact, cellHasFormula ? SheetCell.Kind.FORMULA : SheetCell.Kind.NUMBER, null);
    }

    private boolean isDateStyle() {
        if (cellStyle == null || styles == null) {
            return false;
        }
        int index = Integer.parseInt(cellStyle);
        return dateStyles.computeIfAbsent(index, i -> {
            if (i >= styles.getNumCellStyles()) {
                return false;
            }
            var style = styles.getStyleAt(i);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    private String qName() {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private AttributesImpl attributes() {
        AttributesImpl attributes = new AttributesImpl();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String uri = xml.getAttributeNamespace(i);
            String local = xml.getAttributeLocalName(i);
            String prefix = xml.getAttributePrefix(i);
            String qName = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            attributes.addAttribute(uri == null ? "" : uri, local, qName, "CDATA", xml.getAttributeValue(i));
        }
        return attributes;
    }

    @Override
    public SheetFormat format() {
        return SheetFormat.XLSX;
    }

    @Override
    public Charset charset() {
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing what was only read
        } finally {
            sheetStream.close();
            pkg.revert();
        }
    }
}
