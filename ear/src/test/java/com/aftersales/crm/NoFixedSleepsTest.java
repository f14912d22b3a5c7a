package com.aftersales.crm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests wait on conditions, never on time: a fixed sleep is too short on a loaded machine (a flaky test) and too long
 * on an idle one. Page objects wait with WebDriverWait on what the page shows, service tests poll with
 * {@code it.Poll}, the one file allowed to pause between two looks.
 */
class NoFixedSleepsTest {

    private static final Path SOURCES = Path.of("src/test/java");
    private static final Path ALLOWED = SOURCES.resolve("com/aftersales/crm/it/Poll.java");
    private static final Pattern SLEEP = Pattern.compile(
            "Thread\\s*\\.\\s*sleep\\s*\\(|\\.sleep\\s*\\(|LockSupport\\s*\\.\\s*parkNanos|Sleeper\\s*\\.");

    @Test
    void noTestSourceSleepsForAFixedTime() throws IOException {
        List<String> sleeps = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(ALLOWED)
                    && !f.endsWith("NoFixedSleepsTest.java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (SLEEP.matcher(lines.get(i)).find()) {
                        sleeps.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(sleeps).as("wait on a condition (WebDriverWait, Poll.until), not a fixed time").isEmpty();
    }
}
