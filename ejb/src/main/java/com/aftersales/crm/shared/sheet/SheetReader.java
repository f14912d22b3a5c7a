package com.aftersales.crm.shared.sheet;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a spreadsheet row by row, holding one row at a time. Entirely blank rows are skipped, but row numbers stay
 * those of the file. Not thread-safe; close it.
 */
public interface SheetReader extends AutoCloseable {

    SheetFormat format();

    /** The character set a csv was decoded with (UTF-8, or GB18030 for the GBK family); {@code null} for xlsx. */
    Charset charset();

    /** The csv's encoding as the submission records it ({@code UTF-8} or {@code GBK}); {@code null} for xlsx. */
    default String encodingName() {
        Charset charset = charset();
        return charset == null ? null : charset.equals(SheetFiles.GBK_FAMILY) ? "GBK" : charset.name();
    }

    /** Informational: the file's name says another format than its content (an xlsx named .csv is read as xlsx). */
    boolean extensionMismatch();

    /** The header row's cells as text, trimmed, a byte order mark removed. */
    List<String> header();

    /** The number of the header row (1 unless blank rows come first). */
    int headerRowNo();

    /** The next non-blank row, or {@code null} at the end. */
    SheetRow next() throws IOException, SheetFormatException;

    /**
     * Reads and discards rows up to and including {@code rowNo}: the next {@link #next()} returns the first row whose
     * number is greater. A restarted job calls it with the last row it committed.
     */
    default void skipTo(int rowNo) throws IOException, SheetFormatException {
        skipTo(rowNo, row -> { });
    }

    /**
     * As {@link #skipTo(int)}, handing each row skipped to {@code skipped} first: a reader of the rows that keeps state
     * across them (the warranty cards already seen) rebuilds it without the rows being loaded again.
     */
    void skipTo(int rowNo, Consumer<SheetRow> skipped) throws IOException, SheetFormatException;

    @Override
    void close() throws IOException;
}
