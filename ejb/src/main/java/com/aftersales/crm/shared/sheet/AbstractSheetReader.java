package com.aftersales.crm.shared.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The header, blank-row skipping and {@link #skipTo(int)} shared by both formats; a format supplies raw rows. */
abstract class AbstractSheetReader implements SheetReader {

    private final boolean extensionMismatch;
    private List<String> header;
    private int headerRowNo;
    private SheetRow pending;

    AbstractSheetReader(boolean extensionMismatch) {
        this.extensionMismatch = extensionMismatch;
    }

    /** The next row of the file, blank or not, or {@code null} at the end. */
    abstract SheetRow readRaw() throws IOException, SheetFormatException;

    /** Reads the header: the first non-blank row. Called once by the factory. */
    final void readHeader() throws IOException, SheetFormatException {
        SheetRow first = nextNonBlank();
        if (first == null) {
            throw new SheetFormatException("sheet.error.empty");
        }
        List<String> names = new ArrayList<>();
        for (SheetCell cell : first.cells()) {
            String text = cell.text() == null ? "" : cell.text();
            names.add(strip(text));
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        header = List.copyOf(names);
        headerRowNo = first.rowNo();
    }

    private static String strip(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.strip();
    }

    private SheetRow nextNonBlank() throws IOException, SheetFormatException {
        SheetRow row;
        do {
            row = readRaw();
        } while (row != null && row.isBlank());
        return row;
    }

    @Override
    public final List<String> header() {
        return header;
    }

    @Override
    public final int headerRowNo() {
        return headerRowNo;
    }

    @Override
    public final boolean extensionMismatch() {
        return extensionMismatch;
    }

    @Override
    public final SheetRow next() throws IOException, SheetFormatException {
        if (pending != null) {
            SheetRow row = pending;
            pending = null;
            return row;
        }
        return nextNonBlank();
    }

    @Override
    public final void skipTo(int rowNo, Consumer<SheetRow> skipped) throws IOException, SheetFormatException {
        SheetRow row = next();
        while (row != null && row.rowNo() <= rowNo) {
            skipped.accept(row);
            row = next();
        }
        pending = row;
    }
}
