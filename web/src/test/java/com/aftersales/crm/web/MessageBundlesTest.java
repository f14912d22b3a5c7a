package com.aftersales.crm.web;

import com.aftersales.crm.security.entity.Role;
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

/** Every string the user sees comes from the bundles, in both languages. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/com/aftersales/crm/web/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keysIn(Path root, String glob, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(matcher::matches).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .isEqualTo(load("messages_zh_CN.properties").stringPropertyNames());
        assertThat(load("faces_en.properties").stringPropertyNames())
                .isEqualTo(load("faces_zh_CN.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = keysIn(Path.of("src/main/webapp"), "**.xhtml", Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]"));

        assertThat(used).isNotEmpty();
        assertThat(load("messages_zh_CN.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyKeyTheViewsAndServicesUseExists() throws IOException {
        Pattern literalKey = Pattern.compile("\"((?:api|login|admin|error|menu|home|user|validation|role|table|customer|installation|phone|policy|warranty|exclusion|timeline|technician|case|call|dispatch|escalation|quality|returns|followup|survey|information|caseStudy|sheet|submission|jobs|report|assessment|dashboard|calendar|chargeback|pause)\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");
        Set<String> used = keysIn(Path.of("src/main/java"), "**.java", literalKey);
        used.addAll(keysIn(Path.of("../ejb/src/main/java"), "**.java", literalKey));

        assertThat(used).contains("login.failed", "user.error.dealerRequired");
        assertThat(load("messages_zh_CN.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyRoleAndEveryUserFieldHasALabel() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        for (Role role : Role.values()) {
            assertThat(zh.getProperty("role." + role.name())).as(role.name()).isNotBlank();
        }
        for (String field : new String[]{"username", "displayName", "roles", "dealerId", "providerId", "locale"}) {
            assertThat(zh.getProperty("admin.users.field." + field)).as(field).isNotBlank();
        }
    }
}
