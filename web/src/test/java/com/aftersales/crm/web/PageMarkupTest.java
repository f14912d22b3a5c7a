package com.aftersales.crm.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinds of markup that broke pages before, refused in every view so that they cannot come back: a fixed
 * {@code size} on {@code ui:repeat} (HTTP 500 when the list is shorter — the follow-up call page of every new
 * customer) and a {@code p:selectOneButton} that silently lets the user deselect a required choice.
 */
class PageMarkupTest {

    private static final Pattern REPEAT = Pattern.compile("<ui:repeat\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern ONE_BUTTON = Pattern.compile("<p:selectOneButton\\b[^>]*>", Pattern.DOTALL);

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static List<String> tags(Pattern tag, Path view) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher matcher = tag.matcher(Files.readString(view));
        while (matcher.find()) {
            found.add(view + ": " + matcher.group().replaceAll("\\s+", " "));
        }
        return found;
    }

    @Test
    void everyDutyAPageAsksForExistsAndNoPageListsRolesForOne() throws IOException {
        Pattern asked = Pattern.compile("currentUser\\.can\\('([A-Z_]+)'\\)");
        Pattern listed = Pattern.compile("currentUser\\.hasRole\\('[A-Z_]+'\\)\\s+or\\s+currentUser\\.hasRole");
        List<String> unknown = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        int seen = 0;
        for (Path view : views()) {
            String markup = Files.readString(view);
            Matcher matcher = asked.matcher(markup);
            while (matcher.find()) {
                seen++;
                String duty = matcher.group(1);
                if (java.util.Arrays.stream(com.aftersales.crm.security.entity.Duty.values()).noneMatch(d -> d.name().equals(duty))) {
                    unknown.add(view + ": " + duty);
                }
            }
            if (listed.matcher(markup).find()) {
                lists.add(view.toString());
            }
        }
        assertThat(seen).isPositive();
        assertThat(unknown).as("a misspelt duty is a 500 on the page").isEmpty();
        assertThat(lists).as("name the Duty (currentUser.can('…')) instead of listing its roles").isEmpty();
    }

    @Test
    void noRepeatTakesAFixedNumberOfRowsFromAListThatMayBeShorter() throws IOException {
        List<String> sized = new ArrayList<>();
        for (Path view : views()) {
            tags(REPEAT, view).stream().filter(t -> t.matches(".*\\ssize=.*")).forEach(sized::add);
        }
        assertThat(sized).as("bound the list in the bean or record instead (e.g. Customer360.recentTimeline)").isEmpty();
    }

    @Test
    void everyToggleButtonSaysWhetherItMayBeDeselected() throws IOException {
        List<String> undecided = new ArrayList<>();
        List<String> requiredButDeselectable = new ArrayList<>();
        int seen = 0;
        for (Path view : views()) {
            for (String tag : tags(ONE_BUTTON, view)) {
                seen++;
                if (!tag.contains("unselectable=\"")) {
                    undecided.add(tag);
                }
                if (tag.contains("required=\"true\"") && !tag.contains("unselectable=\"false\"")) {
                    requiredButDeselectable.add(tag);
                }
            }
        }
        assertThat(seen).isPositive();
        assertThat(undecided).as("PrimeFaces lets a selected button be clicked off unless unselectable=\"false\"").isEmpty();
        assertThat(requiredButDeselectable).isEmpty();
    }

    @Test
    void everyPageTemplateNamesTheIconSoTheBrowserAsksForNoneOutsideThePortal() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(Path.of("src/main/webapp/WEB-INF/templates"))) {
            templates = files.filter(file -> file.toString().endsWith(".xhtml")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            String markup = Files.readString(template);
            if (markup.contains("<h:head")) {
                assertThat(markup).as(template.toString()).contains("rel=\"icon\"");
                assertThat(Path.of("src/main/webapp/resources/images/favicon.svg")).exists();
            }
        }
    }
}
