package com.aftersales.crm.web;

import com.aftersales.crm.quality.entity.AnswerBadge;
import com.aftersales.crm.quality.entity.AttachmentKind;
import com.aftersales.crm.quality.entity.Attachments;
import com.aftersales.crm.quality.entity.ComplaintAction;
import com.aftersales.crm.quality.entity.ComplaintStatus;
import com.aftersales.crm.quality.entity.QualityComplaint;
import com.aftersales.crm.returns.entity.DefectKind;
import com.aftersales.crm.returns.entity.Fault;
import com.aftersales.crm.returns.entity.FreightBearer;
import com.aftersales.crm.returns.entity.PreSaleGround;
import com.aftersales.crm.returns.entity.Refusal;
import com.aftersales.crm.returns.entity.Remedy;
import com.aftersales.crm.returns.entity.ReturnAction;
import com.aftersales.crm.returns.entity.ReturnKind;
import com.aftersales.crm.returns.entity.ReturnRules;
import com.aftersales.crm.returns.entity.ReturnStatus;
import com.aftersales.crm.returns.entity.StockKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the quality complaint and return screens say comes from the bundles in both languages: each missing item
 * of the form, each field and reason a rule names, each state, step, decision, rule and timeline entry.
 */
class QualityAndReturnsBundlesTest {

    private static final Pattern INVALID_INPUT = Pattern.compile("new (?:[\\w.]+\\.)?InvalidInput\\(\\s*(?:\\w+\\.\\w+\\(\\) \\? )?\"(\\w+)\"(?: : \"(\\w+)\")?,\\s*(?:\\w+\\.\\w+\\(\\) \\? )?\"([\\w.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = QualityAndReturnsBundlesTest.class.getResourceAsStream("/com/aftersales/crm/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static void assertInBothBundles(Set<String> keys) throws IOException {
        assertThat(keys).isNotEmpty();
        for (String bundle : new String[]{"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            for (String key : keys) {
                assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank();
            }
        }
    }

    private static Set<String> keys(String prefix, Enum<?>[] values) {
        Set<String> keys = new TreeSet<>();
        for (Enum<?> value : values) {
            keys.add(prefix + value.name());
        }
        return keys;
    }

    @Test
    void everyItemAnIncompleteFormCanMissHasItsLabelAndItsMessage() throws IOException {
        List<String> items = new QualityComplaint(1, 1L, Instant.EPOCH, "test").missingItems(new Attachments(0, 0, 0), 5);
        Set<String> keys = new TreeSet<>();
        items.forEach(item -> {
            keys.add("quality.field." + item);
            keys.add("quality.missing." + item);
        });

        assertThat(items).hasSize(16);
        assertInBothBundles(keys);
    }

    @Test
    void everyStateActionKindAndBadgeHasItsText() throws IOException {
        Set<String> keys = new TreeSet<>();
        keys.addAll(keys("quality.status.", ComplaintStatus.values()));
        keys.addAll(keys("quality.action.", ComplaintAction.values()));
        keys.addAll(keys("quality.kind.", AttachmentKind.values()));
        for (AnswerBadge.State state : AnswerBadge.State.values()) {
            if (state != AnswerBadge.State.NONE) {
                keys.add("quality.badge." + state.name());
            }
        }
        keys.addAll(keys("returns.status.", ReturnStatus.values()));
        keys.addAll(keys("returns.action.", ReturnAction.values()));
        keys.addAll(keys("returns.kind.", ReturnKind.values()));
        keys.addAll(keys("returns.ground.", PreSaleGround.values()));
        keys.addAll(keys("returns.defect.", DefectKind.values()));
        keys.addAll(keys("returns.stock.", StockKind.values()));
        keys.addAll(keys("returns.remedy.", Remedy.values()));
        keys.addAll(keys("returns.fault.", Fault.values()));
        keys.addAll(keys("returns.freight.", FreightBearer.values()));
        keys.addAll(keys("returns.refused.", Refusal.Rule.values()));
        keys.addAll(keys("returns.rule.exempt.", ReturnRules.ThresholdExemption.values()));
        for (String step : new String[]{"regional", "company", "arrival"}) {
            keys.add("returns.step." + step);
        }
        for (String state : new String[]{"APPROVED", "REJECTED", "CURRENT", "PENDING"}) {
            keys.add("returns.stepState." + state);
        }
        keys.add("quality.error.illegalTransition");
        keys.add("returns.error.illegalTransition");
        assertInBothBundles(keys);
    }

    @Test
    void everyTimelineEntryOfComplaintsAndReturnsHasItsText() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (ComplaintAction action : ComplaintAction.values()) {
            if (action.onTimeline()) {
                keys.add("timeline." + action.timelineKind());
            }
        }
        for (ReturnAction action : ReturnAction.values()) {
            keys.add("timeline." + action.timelineKind());
        }
        assertInBothBundles(keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"quality, quality", "returns, returns"})
    void everyFieldAndReasonARuleNamesHasItsText(String area, String prefix) throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../ejb/src/main/java/com/aftersales/crm", area))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path source : sources) {
            Matcher invalid = INVALID_INPUT.matcher(Files.readString(source));
            while (invalid.find()) {
                keys.add(prefix + ".field." + invalid.group(1));
                if (invalid.group(2) != null) {
                    keys.add(prefix + ".field." + invalid.group(2));
                }
                keys.add(invalid.group(3));
            }
        }
        assertThat(keys).as("the rules were found").hasSizeGreaterThan(10);
        assertInBothBundles(keys);
    }
}
