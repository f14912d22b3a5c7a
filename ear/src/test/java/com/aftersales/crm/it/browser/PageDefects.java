package com.aftersales.crm.it.browser;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Opens pages and collects what a user must never meet: an unexpected HTTP status, a script or console error, a
 * Content-Security-Policy violation, and text that was meant for the program rather than the reader — {@code ???},
 * a bundle or policy key ({@code assessment.points.sla-breach}), an enum constant ({@code JUNIOR}).
 *
 * <p>Keys are told apart from ordinary dotted words by their first segment, one that the bundle's keys use; enum
 * constants are the upper-case literals that the migrations' check constraints allow, i.e. every stored state,
 * less the words the bundles' own texts use (VIP, PDF).
 */
final class PageDefects {

    private static final Pattern DOTTED = Pattern.compile("(?<![\\w@./-])[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+(?![\\w/])");
    private static final Pattern UPPER = Pattern.compile("(?<![\\w-])[A-Z][A-Z_]{2,}(?![\\w-])");
    private static final Pattern LITERAL = Pattern.compile("'([A-Z][A-Z_]{2,})'");
    private static final Pattern NEGATIVE_ZERO = Pattern.compile("(?<![\\w.])-0(?:\\.0+)?(?![\\d.])");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(xlsx|xls|csv|pdf|png|jpe?g|txt|json|zip|html?)$");

    private static Set<String> keyFamilies;
    private static Set<String> enumConstants;

    private final Browser browser;
    private final List<String> found = new ArrayList<>();

    PageDefects(Browser browser) {
        this.browser = browser;
        load();
    }

    /** Opens a page (below the context root), checks it, and returns its visible text. */
    String open(String path, int expectedStatus) {
        browser.open(path);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        Object status = js.executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : -1;");
        int actual = ((Number) status).intValue();
        if (actual != expectedStatus) {
            add(path + ": HTTP " + actual + ", expected " + expectedStatus);
        }
        @SuppressWarnings("unchecked")
        List<Object> errors = (List<Object>) js.executeScript("return window.__crmErrors || [];");
        for (Object error : errors) {
            add(path + ": script error " + error);
        }
        String text = browser.bodyText();
        for (String defect : textDefects(text)) {
            add(path + ": " + defect);
        }
        return text.replaceAll("\\s+", " ").trim();
    }

    void add(String defect) {
        found.add(defect);
    }

    List<String> found() {
        return found;
    }

    /** What in the text a reader should never see. */
    static List<String> textDefects(String text) {
        load();
        List<String> defects = new ArrayList<>();
        if (text.contains("???")) {
            defects.add("unresolved message (???)");
        }
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            String token = dotted.group();
            if (keyFamilies.contains(token.substring(0, token.indexOf('.'))) && !FILE_NAME.matcher(token).matches()) {
                defects.add("message or policy key on screen: " + context(text, dotted.start(), dotted.end()));
            }
        }
        Matcher negativeZero = NEGATIVE_ZERO.matcher(text);
        while (negativeZero.find()) {
            defects.add("negative zero (a sign written in front of a figure): " + context(text, negativeZero.start(), negativeZero.end()));
        }
        Matcher upper = UPPER.matcher(text);
        while (upper.find()) {
            if (enumConstants.contains(upper.group())) {
                defects.add("enum constant on screen: " + context(text, upper.start(), upper.end()));
            }
        }
        return defects;
    }

    private static String context(String text, int start, int end) {
        return "«" + text.substring(Math.max(0, start - 20), Math.min(text.length(), end + 20)).replaceAll("\\s+", " ") + "»";
    }

    private static synchronized void load() {
        if (keyFamilies != null) {
            return;
        }
        Path root = Path.of(System.getProperty("crm.project.root"));
        Set<String> families = new HashSet<>();
        Properties bundle = new Properties();
        try (var in = Files.newBufferedReader(root.resolve("web/src/main/resources/com/aftersales/crm/web/messages_zh_CN.properties"))) {
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : bundle.stringPropertyNames()) {
            if (key.contains(".")) {
                families.add(key.substring(0, key.indexOf('.')));
            }
        }
        Set<String> constants = new HashSet<>();
        try (Stream<Path> migrations = Files.list(root.resolve("config/src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                String sql = Files.readString(migration);
                Matcher policy = Pattern.compile("\\('([a-z][a-z-]*)\\.[a-z.-]+'").matcher(sql);
                while (policy.find()) {
                    families.add(policy.group(1));
                }
                Matcher literal = LITERAL.matcher(sql);
                while (literal.find()) {
                    constants.add(literal.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // words the bundles themselves use (VIP客户, PDF) are text, not constants
        for (String bundleFile : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties texts = new Properties();
            try (var in = Files.newBufferedReader(root.resolve("web/src/main/resources/com/aftersales/crm/web/" + bundleFile))) {
                texts.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : texts.stringPropertyNames()) {
                Matcher word = UPPER.matcher(texts.getProperty(key));
                while (word.find()) {
                    constants.remove(word.group());
                }
            }
        }
        keyFamilies = families;
        enumConstants = constants;
    }
}
