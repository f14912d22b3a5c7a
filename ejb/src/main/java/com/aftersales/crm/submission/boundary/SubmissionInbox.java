package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.submission.control.SubmissionQueries;
import com.aftersales.crm.submission.entity.SubmissionChannel;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bulk loading: a file dropped in the inbox directory ({@code crm.submission.inbox}) named
 * {@code <provider code>_<anything>.xlsx|csv} — optionally {@code <provider code>_<yyyy-MM-dd of the week's Monday>_…}
 * — is submitted for that provider as if uploaded, then moved to {@code done/}, or to {@code rejected/} beside a
 * {@code .reason.txt} saying why. Checked every 15 seconds; nothing happens when no inbox is configured.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each file is received in its own transaction
public class SubmissionInbox {

    private static final Logger LOG = Logger.getLogger(SubmissionInbox.class.getName());
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9-]+)_(?:(\\d{4}-\\d{2}-\\d{2})_)?.*\\.(?i:xlsx|csv)");

    @Inject
    SubmissionQueries queries;

    @Inject
    SubmissionIntake intake;

    @Inject
    @ConfigProperty(name = "crm.submission.inbox", defaultValue = " ")
    String inbox;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "Archive submission inbox")
    void everyMinute() {
        scan();
    }

    /** Submits every file waiting in the inbox; returns how many were accepted. */
    public int scan() {
        if (inbox == null || inbox.isBlank()) {
            return 0;
        }
        Path folder = Path.of(inbox.trim());
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the submission inbox " + folder, e);
            return 0;
        }
        int accepted = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            Matcher matcher = NAME.matcher(name);
            try {
                if (!matcher.matches()) {
                    throw new InvalidInput("file", "submission.error.inboxName");
                }
                long providerId = provider(matcher.group(1))
                        .orElseThrow(() -> new InvalidInput("file", "submission.error.unknownProvider", matcher.group(1)));
                LocalDate week = matcher.group(2) == null ? null : LocalDate.parse(matcher.group(2));
                try (InputStream content = Files.newInputStream(file)) {
                    intake.receiveAlone(providerId, name, content, week, SubmissionChannel.INBOX, "inbox");
                }
                move(file, folder.resolve("done"));
                accepted++;
            } catch (InvalidInput e) {
                reject(file, folder, e.messageKey() + " " + String.join(" ", Stream.of(e.args()).map(String::valueOf).toList()));
            } catch (IOException | RuntimeException e) {
                reject(file, folder, e.toString());
            }
        }
        return accepted;
    }

    private Optional<Long> provider(String code) {
        return queries.providerByCode(code);
    }

    private void reject(Path file, Path folder, String reason) {
        Path rejected = folder.resolve("rejected");
        try {
            move(file, rejected);
            Files.writeString(rejected.resolve(file.getFileName() + ".reason.txt"), reason, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot move a rejected submission out of the inbox: " + file, e);
        }
        LOG.info(() -> "Submission inbox: rejected " + file.getFileName() + ": " + reason);
    }

    private static void move(Path file, Path target) throws IOException {
        Files.createDirectories(target);
        Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
