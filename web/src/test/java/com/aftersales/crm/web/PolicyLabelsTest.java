package com.aftersales.crm.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every policy the migrations ship has a name in both languages: the administrator edits them by name. */
class PolicyLabelsTest {

    private static final Pattern INSERT = Pattern.compile("insert into policy_value[^;]*;", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("\\(\\s*'([a-z0-9-]+(?:\\.[a-z0-9-]+)+)'\\s*,");

    @Test
    void everyShippedPolicyIsNamedInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("../config/src/main/resources/db/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher insert = INSERT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (insert.find()) {
                    Matcher key = KEY.matcher(insert.group());
                    while (key.find()) {
                        keys.add(key.group(1));
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        for (String bundle : new String[]{"messages_zh_CN", "messages_en"}) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/com/aftersales/crm/web/" + bundle + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys).as(bundle).allSatisfy(key -> assertThat(messages).containsKey("policy.key." + key));
        }
    }
}
