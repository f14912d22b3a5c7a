package com.aftersales.crm.web.shell;

import com.aftersales.crm.shared.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every choice a page asks {@code #{options.values('…')}} for exists, so no select list fails when it renders. */
class OptionsTest {

    private static final Pattern ASKED = Pattern.compile("options\\.values\\('(\\w+)'\\)");

    @Test
    void everyChoiceAPageAsksForIsKnown() throws IOException {
        Set<String> asked;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            asked = pages.filter(p -> p.toString().endsWith(".xhtml")).flatMap(OptionsTest::choices)
                    .collect(Collectors.toSet());
        }
        assertThat(asked).isNotEmpty();
        Options options = new Options();
        asked.forEach(choice -> assertThat(options.values(choice)).as(choice).isNotEmpty());
    }

    @Test
    void choicesComeInDeclarationOrder() {
        assertThat(new Options().values("Severity")).containsExactly(Severity.values());
    }

    @Test
    void anUnknownChoiceFailsLoudly() {
        assertThatThrownBy(() -> new Options().values("Nothing")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Stream<String> choices(Path page) {
        try {
            Matcher m = ASKED.matcher(Files.readString(page));
            return m.results().map(r -> r.group(1)).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
