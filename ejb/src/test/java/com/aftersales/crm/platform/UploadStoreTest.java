package com.aftersales.crm.platform;

import com.aftersales.crm.platform.control.TransactionEnd;
import com.aftersales.crm.shared.FileType;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadStoreTest {

    @TempDir
    Path directory;

    private final UploadStore store = new UploadStore();

    @BeforeEach
    void configure() {
        store.directory = directory.toString();
        store.maxMegabytes = 1;
        store.rollback = new FilesOnRollback(); // outside a transaction it keeps every file
        store.rollback.end = new TransactionEnd();
    }

    private static byte[] jpeg(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 7);
        System.arraycopy(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, content, 0, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}.length);
        return content;
    }

    private long filesKept() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aFileIsKeptUnderANameOfTheServersWithItsSizeAndDigest() throws Exception {
        byte[] content = jpeg(200_000);

        UploadStore.StoredFile stored = store.store("quality", new ByteArrayInputStream(content));

        assertThat(stored.type()).isEqualTo(FileType.JPEG);
        assertThat(stored.size()).isEqualTo(200_000);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(stored.storedName()).matches("[0-9a-f-]{36}\\.jpeg");
        assertThat(Files.readAllBytes(directory.resolve("quality").resolve(stored.storedName()))).isEqualTo(content);
        try (InputStream in = store.open("quality", stored.storedName())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(filesKept()).isEqualTo(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsKept() throws IOException {
        assertThatThrownBy(() -> store.store("quality", new ByteArrayInputStream(jpeg(1024 * 1024 + 1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("quality.error.tooLarge"));
        assertThat(store.store("quality", new ByteArrayInputStream(jpeg(1024 * 1024))).size()).as("exactly the limit").isEqualTo(1024 * 1024);
        assertThat(filesKept()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoImageOrPdfIsRefusedWhateverItsNameAndNothingIsKept() throws IOException {
        assertThatThrownBy(() -> store.store("quality", new ByteArrayInputStream("<svg onload=alert(1)>".getBytes())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("quality.error.fileType"));
        assertThatThrownBy(() -> store.store("quality", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("quality.error.empty"));
        assertThat(filesKept()).isZero();
    }

    @Test
    void onlyANameTheStoreMadeCanBeOpened() {
        assertThatThrownBy(() -> store.open("quality", "../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open("quality", "/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAnUploadDirectoryNothingIsStored() {
        store.directory = " ";
        assertThatThrownBy(() -> store.store("quality", new ByteArrayInputStream(jpeg(10)))).isInstanceOf(IllegalStateException.class);
    }
}
