package com.aftersales.crm.submission.control;

import com.aftersales.crm.platform.FilesOnRollback;
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
 * Keeps submitted spreadsheets under {@code crm.upload.dir}/submissions, outside the web root, under server-made names,
 * for the job to stream (and to stream again after a restart). A file over the size limit is refused and nothing is
 * kept; a file whose submission rolls back is deleted again.
 */
@ApplicationScoped
public class SubmissionStore {

    private static final String AREA = "submissions";

    /** A file as stored: its server-made name, where it is, its size and SHA-256. */
    public record StoredFile(String storedName, Path path, long size, String sha256) {
    }

    @Inject
    @ConfigProperty(name = "crm.upload.dir", defaultValue = " ")
    String directory;

    @Inject
    FilesOnRollback rollback;

    public StoredFile store(InputStream content, long maxBytes, int maxMegabytes) {
        Path folder = folder();
        Path part = null;
        try {
            Files.createDirectories(folder);
            part = Files.createTempFile(folder, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(part)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new InvalidInput("file", "submission.error.fileTooLarge", maxMegabytes);
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            String storedName = UUID.randomUUID() + ".upload";
            Path target = folder.resolve(storedName);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            part = null;
            rollback.deleteOnRollback(target);
            return new StoredFile(storedName, target, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a submission in " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (part != null) {
                delete(part);
            }
        }
    }

    /** Where a stored file is; the name must be one this store made (no path can be smuggled in). */
    public Path path(String storedName) {
        if (storedName == null || !storedName.matches("[0-9a-f-]{36}\\.upload")) {
            throw new IllegalArgumentException("not a stored submission: " + storedName);
        }
        return folder().resolve(storedName);
    }

    public void delete(Path file) {
        FilesOnRollback.deleteQuietly(file);
    }

    private Path folder() {
        if (directory == null || directory.isBlank()) {
            throw new IllegalStateException("no upload directory: set the system property crm.upload.dir");
        }
        return Path.of(directory.trim()).toAbsolutePath().normalize().resolve(AREA);
    }
}
