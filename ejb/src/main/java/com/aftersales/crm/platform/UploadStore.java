package com.aftersales.crm.platform;

import com.aftersales.crm.shared.ContentSniffer;
import com.aftersales.crm.shared.FileType;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Keeps uploaded files (quality complaint evidence, service case attachments: one folder per area) in the directory
 * named by the system property {@code crm.upload.dir} — outside the web root,
 * so that no URL reaches them except the access-checked download. A file is stored under a name the server made up
 * (a random UUID and the extension of its detected type): the user's file name never becomes part of a path. A file
 * larger than {@code crm.upload.max-mb} (default 10 MB) or whose content is not a known type is refused and nothing
 * is kept, with the area's message ({@code <area>.error.tooLarge}, {@code .empty}, {@code .fileType}); a file whose
 * transaction rolls back is deleted again.
 */
@ApplicationScoped
public class UploadStore {


    /** A file as stored: its server-made name, what its content is, its size and SHA-256. */
    public record StoredFile(String storedName, FileType type, long size, String sha256) {
    }

    @Inject
    @ConfigProperty(name = "crm.upload.dir", defaultValue = " ")
    String directory;

    @Inject
    @ConfigProperty(name = "crm.upload.max-mb", defaultValue = "10")
    int maxMegabytes;

    @Inject
    FilesOnRollback rollback;

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    /** Streams the content into the store, counting and hashing it; refuses it past the size limit or of unknown type. */
    public StoredFile store(String area, InputStream content) {
        Path folder = root().resolve(checked(area));
        Path part = null;
        try {
            Files.createDirectories(folder);
            part = Files.createTempFile(folder, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] head = new byte[ContentSniffer.HEAD_LENGTH];
            int headLength = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(part)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes()) {
                        throw new InvalidInput("file", area + ".error.tooLarge");
                    }
                    if (headLength < head.length) {
                        int take = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new InvalidInput("file", area + ".error.empty");
            }
            FileType type = ContentSniffer.detect(java.util.Arrays.copyOf(head, headLength))
                    .orElseThrow(() -> new InvalidInput("file", area + ".error.fileType"));
            String storedName = UUID.randomUUID() + "." + type.name().toLowerCase(java.util.Locale.ROOT);
            Path target = folder.resolve(storedName);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            part = null;
            rollback.deleteOnRollback(target);
            return new StoredFile(storedName, type, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload in " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (part != null) {
                FilesOnRollback.deleteQuietly(part);
            }
        }
    }

    /** The content of a stored file; the name must be one this store made (no path can be smuggled in). */
    public InputStream open(String area, String storedName) {
        if (storedName == null || !storedName.matches("[0-9a-f-]{36}\\.(jpeg|png|pdf)")) {
            throw new IllegalArgumentException("not a stored file name: " + storedName);
        }
        try {
            return Files.newInputStream(root().resolve(checked(area)).resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("stored file missing: " + storedName, e);
        }
    }

    /** An area is one of the application's own names, never something a request could smuggle a path into. */
    private static String checked(String area) {
        if (area == null || !area.matches("[a-zA-Z]{1,30}")) {
            throw new IllegalArgumentException("not an upload area: " + area);
        }
        return area;
    }

    private Path root() {
        if (directory == null || directory.isBlank()) {
            throw new IllegalStateException("no upload directory: set the system property crm.upload.dir");
        }
        return Path.of(directory.trim()).toAbsolutePath().normalize();
    }
}
