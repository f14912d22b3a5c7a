package com.aftersales.crm.calendar.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar exactly as the migration ships it: its rows read from V27's SQL on the class path (crm-config). */
final class MigrationCalendar {

    static final String MIGRATION = "db/migration/V27__working_day_calendar.sql";

    private static final Pattern DAY = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', (\\d{4}), (true|false), '([^']*)'\\)");
    private static final Pattern YEAR = Pattern.compile("\\((\\d{4}), 'holiday-cn'\\)");

    final Set<Integer> published = new HashSet<>();
    final Map<Integer, Map<LocalDate, Boolean>> byYear = new HashMap<>();
    int rows;

    MigrationCalendar() {
        String sql;
        try (InputStream in = MigrationCalendar.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the class path");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher years = YEAR.matcher(sql);
        while (years.find()) {
            published.add(Integer.parseInt(years.group(1)));
        }
        Matcher days = DAY.matcher(sql);
        while (days.find()) {
            LocalDate day = LocalDate.parse(days.group(1));
            byYear.computeIfAbsent(day.getYear(), y -> new HashMap<>()).put(day, Boolean.parseBoolean(days.group(3)));
            rows++;
        }
    }

    YearDays year(int year) {
        return new YearDays(year, published.contains(year), byYear.getOrDefault(year, Map.of()));
    }

    WorkingDays workingDays() {
        return new WorkingDays(this::year);
    }
}
