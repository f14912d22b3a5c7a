package com.aftersales.crm.shared;


import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, from its first bytes (the "magic number"), never from its name or the type the browser sent:
 * JPEG ({@code FF D8 FF}), PNG ({@code 89 'PNG' 0D 0A 1A 0A}), PDF ({@code %PDF-}). Anything else is unknown.
 */
public final class ContentSniffer {

    /** How many bytes of the start of a file {@link #detect} looks at. */
    public static final int HEAD_LENGTH = 8;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    public static Optional<FileType> detect(byte[] head) {
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head != null && head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private ContentSniffer() {
    }
}
