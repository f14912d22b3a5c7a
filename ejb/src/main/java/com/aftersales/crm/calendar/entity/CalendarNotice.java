package com.aftersales.crm.calendar.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A year's holiday notice as the administrator pastes it (国务院办公厅关于某年部分节假日安排的通知): either one day a
 * line, {@code 2028-01-01 元旦 休} / {@code 2028-02-05 春节 班} (date, holiday name, 休 or 班 — also {@code off} /
 * {@code work}; separated by spaces, tabs or commas; blank lines and lines starting with {@code #} are skipped but
 * counted), or the holiday-cn JSON of the year ({@code {"year": 2028, "days": [{"name", "date", "isOffDay"}]}}), whose
 * n-th entry of {@code days[]} counts as line n.
 * <p>
 * Every line is checked, and every fault is reported with its line: a date that is no date, a date outside the
 * notice (its year, or the December before — the New Year arrangement may start there), a kind that is neither 休
 * nor 班, a missing or too long name, a date listed twice. A notice is saved whole or not at all: one bad line and
 * nothing of it is kept (a half-saved year would count deadlines on a calendar nobody published).
 */
public final class CalendarNotice {

    public static final int MAX_NAME = 60;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、]+");

    /** The days of a notice with the line of each, and what is wrong with it (nothing when {@code problems} is empty). */
    public record Parsed(List<NoticeDay> days, List<Integer> lines, List<NoticeProblem> problems) {

        public Parsed {
            days = List.copyOf(days);
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static boolean yearInRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public static Parsed parse(int year, String text) {
        String notice = text == null ? "" : text.strip();
        if (notice.startsWith("{")) {
            return json(year, notice);
        }
        Checker checker = new Checker(year);
        String[] lines = notice.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = SEPARATORS.split(line);
            if (parts.length != 3) {
                checker.problem(i + 1, "calendar.error.format", line);
                continue;
            }
            checker.day(i + 1, parts[0], parts[1], offDay(parts[2]), parts[2]);
        }
        return checker.done();
    }

    private static Parsed json(int year, String notice) {
        Checker checker = new Checker(year);
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(notice))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            checker.problem(0, "calendar.error.json");
            return checker.done();
        }
        JsonValue declared = object.get("year");
        if (declared != null && (declared.getValueType() != JsonValue.ValueType.NUMBER
                || object.getJsonNumber("year").intValue() != year)) {
            checker.problem(0, "calendar.error.jsonYear", declared.toString());
        }
        JsonValue days = object.get("days");
        if (days == null || days.getValueType() != JsonValue.ValueType.ARRAY) {
            checker.problem(0, "calendar.error.json");
            return checker.done();
        }
        JsonArray entries = (JsonArray) days;
        for (int i = 0; i < entries.size(); i++) {
            JsonValue entry = entries.get(i);
            if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                checker.problem(i + 1, "calendar.error.format", entry.toString());
                continue;
            }
            JsonObject day = entry.asJsonObject();
            JsonValue off = day.get("isOffDay");
            Boolean offDay = off == JsonValue.TRUE ? Boolean.TRUE : off == JsonValue.FALSE ? Boolean.FALSE : null;
            checker.day(i + 1, text(day.get("date")), text(day.get("name")), offDay, off == null ? "" : off.toString());
        }
        return checker.done();
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString() : value.toString();
    }

    private static Boolean offDay(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "休", "off" -> Boolean.TRUE;
            case "班", "work" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Checks the days one by one and collects the faults. */
    private static final class Checker {
        private final int year;
        private final List<NoticeDay> days = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private final List<NoticeProblem> problems = new ArrayList<>();
        private final Map<LocalDate, Integer> seen = new HashMap<>();

        Checker(int year) {
            this.year = year;
        }

        void problem(int line, String key, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = line;
            System.arraycopy(args, 0, all, 1, args.length);
            problems.add(new NoticeProblem(line, key, all));
        }

        void day(int line, String dateText, String name, Boolean offDay, String kind) {
            LocalDate date;
            try {
                date = LocalDate.parse(dateText.strip());
            } catch (DateTimeParseException e) {
                problem(line, "calendar.error.date", dateText);
                return;
            }
            boolean inNotice = date.getYear() == year || date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER;
            if (!inNotice) {
                problem(line, "calendar.error.year", date.toString(), String.valueOf(year));
                return;
            }
            if (offDay == null) {
                problem(line, "calendar.error.kind", kind);
                return;
            }
            String trimmed = name.strip();
            if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
                problem(line, "calendar.error.name", trimmed, MAX_NAME);
                return;
            }
            Integer earlier = seen.putIfAbsent(date, line);
            if (earlier != null) {
                problem(line, "calendar.error.duplicate", date.toString(), earlier);
                return;
            }
            days.add(new NoticeDay(date, trimmed, offDay));
            lines.add(line);
        }

        Parsed done() {
            if (problems.isEmpty() && days.isEmpty()) {
                problem(0, "calendar.error.empty");
            }
            return new Parsed(days, lines, problems);
        }
    }

    private CalendarNotice() {
    }
}
