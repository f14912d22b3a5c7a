package com.aftersales.crm.shared.sheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A csv as Excel writes it (comma, double quotes, CRLF). Empty lines are kept as records so that a record's ordinal
 * stays the line the provider sees (while no quoted field spans lines), then skipped as blank rows.
 */
final class CsvSheetReader extends AbstractSheetReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private final Charset charset;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int lastRowNo;

    CsvSheetReader(Path file, Charset charset, boolean extensionMismatch) throws IOException {
        super(extensionMismatch);
        this.charset = charset;
        // Malformed input was ruled out when the charset was chosen; GB18030 decodes every byte sequence anyway.
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 65536);
        this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    @Override
    SheetRow readRaw() throws SheetFormatException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            // an unclosed quote or garbage after a closing quote: the rows after it cannot be told apart
            throw new SheetFormatException("sheet.error.csvSyntax", e, lastRowNo + 1);
        }
        lastRowNo = (int) record.getRecordNumber();
        List<SheetCell> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(SheetCell.text(value));
        }
        return new SheetRow(lastRowNo, cells);
    }

    @Override
    public SheetFormat format() {
        return SheetFormat.CSV;
    }

    @Override
    public Charset charset() {
        return charset;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
