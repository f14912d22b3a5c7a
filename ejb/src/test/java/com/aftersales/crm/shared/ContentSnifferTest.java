package com.aftersales.crm.shared;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Test
    void jpegPngAndPdfAreKnownByTheirFirstBytes() {
        assertThat(ContentSniffer.detect(JPEG)).contains(FileType.JPEG);
        assertThat(ContentSniffer.detect(PNG)).contains(FileType.PNG);
        assertThat(ContentSniffer.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
    }

    @Test
    void anythingElseIsUnknownWhateverItIsCalled() {
        assertThat(ContentSniffer.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentSniffer.detect("GIF89a..".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentSniffer.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G'})).as("a truncated PNG signature").isEmpty();
        assertThat(ContentSniffer.detect(new byte[]{(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ContentSniffer.detect(new byte[0])).isEmpty();
        assertThat(ContentSniffer.detect(null)).isEmpty();
    }
}
