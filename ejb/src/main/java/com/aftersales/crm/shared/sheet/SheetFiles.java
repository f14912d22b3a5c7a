package com.aftersales.crm.shared.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens an uploaded spreadsheet by what it contains, never by its name: providers rename files, and Excel saves a
 * "csv" in the system's code page (GBK on Chinese Windows) unless told to use UTF-8.
 */
public final class SheetFiles {

    /** What CSV text that is not valid UTF-8 is decoded as: GB18030 is a superset of GBK and GB2312. */
    public static final Charset GBK_FAMILY = Charset.forName("GB18030");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int SAMPLE = 8192;

    /**
     * Opens the file and reads its header row.
     *
     * @param originalName the name the provider gave the file (only to tell whether it {@link
     *                     SheetReader#extensionMismatch() misnames} its format); may be null
     * @throws SheetFormatException {@code sheet.error.empty} (no bytes, or no non-blank row), {@code sheet.error.xls}
     *                              (a legacy Excel 97–2003 workbook), {@code sheet.error.unreadable} (any other binary
     *                              file or a damaged xlsx)
     */
    public static SheetReader open(Path file, String originalName) throws IOException, SheetFormatException {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new SheetFormatException("sheet.error.empty");
        }
        String extension = extension(originalName);
        AbstractSheetReader reader;
        if (startsWith(head, ZIP)) {
            if (!isWorkbook(file)) {
                throw new SheetFormatException("sheet.error.unreadable");
            }
            reader = new XlsxSheetReader(file, extension != null && !extension.equals("xlsx") && !extension.equals("xlsm"));
        } else if (startsWith(head, OLE2)) {
            throw new SheetFormatException("sheet.error.xls");
        } else if (isBinary(head)) {
            throw new SheetFormatException("sheet.error.unreadable");
        } else {
            Charset charset = startsWith(head, UTF8_BOM) || isUtf8(file) ? StandardCharsets.UTF_8 : GBK_FAMILY;
            reader = new CsvSheetReader(file, charset, extension != null && !extension.equals("csv")
                    && !extension.equals("txt"));
        }
        try {
            reader.readHeader();
            return reader;
        } catch (IOException | SheetFormatException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE);
        }
    }

    private static String extension(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A zip is a spreadsheet when it holds a workbook (a docx or a plain zip is not). */
    private static boolean isWorkbook(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("xl/workbook.xml") != null;
        } catch (ZipException e) {
            return false;
        }
    }

    /** Text has no NUL bytes and hardly any other control characters (UTF-16 text counts as binary here). */
    private static boolean isBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return control > head.length / 100;
    }

    /** Whether the whole file decodes as UTF-8 (a GBK file almost never does beyond its first Chinese character). */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(65536);
        CharBuffer out = CharBuffer.allocate(65536);
        try (InputStream stream = Files.newInputStream(file)) {
            int read;
            while ((read = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
                in.position(in.position() + read);
                in.flip();
                CoderResult result = decoder.decode(in, out, false);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            return !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private SheetFiles() {
    }
}
