package com.aftersales.crm.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Deny by default: every page needs a login and, in an area, a role; anything unlisted is refused. */
class UrlRulesTest {

    private static Map<String, String> urlRules() throws IOException {
        Map<String, String> rules = new LinkedHashMap<>();
        boolean inUrls = false;
        for (String line : Files.readAllLines(Path.of("src/main/webapp/WEB-INF/shiro.ini"))) {
            String trimmed = line.trim();
            if (trimmed.startsWith("[")) {
                inUrls = trimmed.equals("[urls]");
            } else if (inUrls && !trimmed.isEmpty() && !trimmed.startsWith("#")) {
                String[] rule = trimmed.split("=", 2);
                rules.put(rule[0].trim(), rule[1].trim());
            }
        }
        return rules;
    }

    /** Shiro's first-match semantics with Ant paths, enough for our rules. */
    private static String ruleFor(Map<String, String> rules, String path) {
        for (var rule : rules.entrySet()) {
            String pattern = rule.getKey();
            boolean matches = pattern.endsWith("/**")
                    ? path.startsWith(pattern.substring(0, pattern.length() - 2)) || pattern.equals("/**")
                    : path.equals(pattern);
            if (matches) {
                return rule.getValue();
            }
        }
        return null;
    }

    @Test
    void lastRuleRefusesEverythingElse() throws IOException {
        List<String> patterns = List.copyOf(urlRules().keySet());
        assertThat(patterns.get(patterns.size() - 1)).isEqualTo("/**");
        assertThat(urlRules().get("/**")).isEqualTo("denyAll");
    }

    @Test
    void everyPageOutsideLoginAndErrorsNeedsALoginAndEveryAreaPageARole() throws IOException {
        Map<String, String> rules = urlRules();
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> pages = Files.walk(webapp)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("WEB-INF")).toList()) {
                String path = "/" + webapp.relativize(page).toString().replace('\\', '/');
                String rule = ruleFor(rules, path);
                assertThat(rule).as(path).isNotNull();
                if (path.equals("/login.xhtml") || path.startsWith("/error/")) {
                    assertThat(rule).as(path).isEqualTo("anon");
                } else if (path.equals("/index.xhtml") || path.startsWith("/account/")) {
                    assertThat(rule).as(path).isEqualTo("authc");
                } else {
                    assertThat(rule).as(path).startsWith("authc, anyRole[");
                }
            }
        }
    }

    @Test
    void adminPagesAreForAdministratorsOnlyAndDealerPagesForDealersOnly() throws IOException {
        Map<String, String> rules = urlRules();
        assertThat(ruleFor(rules, "/admin/users.xhtml")).isEqualTo("authc, anyRole[admin]");
        assertThat(ruleFor(rules, "/dealer/index.xhtml")).isEqualTo("authc, anyRole[dealer]");
        assertThat(ruleFor(rules, "/provider/index.xhtml")).isEqualTo("authc, anyRole[provider]");
        assertThat(ruleFor(rules, "/WEB-INF/web.xml")).isEqualTo("denyAll");
    }
}
