package com.aftersales.crm.submission.control;

import com.aftersales.crm.platform.FilesOnRollback;
import com.aftersales.crm.platform.UploadStore;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.nio.file.Path;

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
    UploadStore uploads;

    public StoredFile store(InputStream content, long maxBytes, int maxMegabytes) {
        UploadStore.Kept kept = uploads.keep(folder(), content, maxBytes,
                () -> new InvalidInput("file", "submission.error.fileTooLarge", maxMegabytes), head -> "upload");
        return new StoredFile(kept.storedName(), kept.path(), kept.size(), kept.sha256());
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
