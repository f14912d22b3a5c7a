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
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** A file as kept by {@link #keep}: its server-made name, where it is, its size and SHA-256. */
    public record Kept(String storedName, Path path, long size, String sha256) {
    }

    /** Streams the content into the store, counting and hashing it; refuses it past the size limit or of unknown type. */
    public StoredFile store(String area, InputStream content) {
        Kept kept = keep(root().resolve(checked(area)), content, maxBytes(),
                () -> new InvalidInput("file", area + ".error.tooLarge"),
                head -> {
                    if (head.length == 0) {
                        throw new InvalidInput("file", area + ".error.empty");
                    }
                    return ContentSniffer.detect(head).orElseThrow(() -> new InvalidInput("file", area + ".error.fileType"))
                            .name().toLowerCase(java.util.Locale.ROOT);
                });
        String extension = kept.storedName().substring(kept.storedName().lastIndexOf('.') + 1);
        return new StoredFile(kept.storedName(), FileType.valueOf(extension.toUpperCase(java.util.Locale.ROOT)), kept.size(),
                kept.sha256());
    }

    /**
     * Streams content into a folder of the store, counting and hashing it, refused ({@code tooLarge}) past
     * {@code maxBytes}; it is kept under a random UUID with the extension {@code extension} names from its first bytes
     * (or refuses by throwing), and deleted again if the caller's transaction rolls back. Nothing is kept when refused.
     */
    public Kept keep(Path folder, InputStream content, long maxBytes, Supplier<InvalidInput> tooLarge,
                     Function<byte[], String> extension) {
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
                    if (size > maxBytes) {
                        throw tooLarge.get();
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
            String storedName = UUID.randomUUID() + "." + extension.apply(java.util.Arrays.copyOf(head, headLength));
            Path target = folder.resolve(storedName);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            part = null;
            rollback.deleteOnRollback(target);
            return new Kept(storedName, target, size, HexFormat.of().formatHex(sha256.digest()));
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
