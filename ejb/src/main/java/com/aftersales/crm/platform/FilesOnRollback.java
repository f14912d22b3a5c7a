package com.aftersales.crm.platform;

import com.aftersales.crm.platform.control.TransactionEnd;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * A file written for a record that is not committed yet (an upload, a submitted spreadsheet) goes when its transaction
 * rolls back, so that no file is kept for a record that does not exist.
 */
@ApplicationScoped
public class FilesOnRollback {

    private static final Logger LOG = Logger.getLogger(FilesOnRollback.class.getName());

    @Inject
    TransactionEnd end;

    public void deleteOnRollback(Path file) {
        end.afterRollback(() -> deleteQuietly(file));
    }

    /** A leftover file harms nobody (no URL reaches it); failing to delete one is only logged. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "cannot delete " + file + ": " + e);
        }
    }
}
