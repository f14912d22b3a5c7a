package com.aftersales.crm.bench;

import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.platform.BackgroundWork;
import com.aftersales.crm.report.boundary.WeeklyReportGeneration;
import com.aftersales.crm.report.entity.ReportWeek;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly report's speed bar: over 10,000,000 installations ({@code -Dcrm.bench.installations}) and 2,000,000
 * cases ({@code -Dcrm.bench.cases}), a week's report computed as the report job does (the generation service inside
 * the server: the week's report record, its old figures deleted, every section computed and stored, in one
 * transaction) takes at most the time of a fair hand-written script doing the same ({@link WeeklyReportData#script}:
 * index-friendly, each base aggregate once, the same record and figures written in one transaction). Both run on
 * each of the last eight weeks in each repetition, in turn first, each from no figures (the figures are the sums over
 * the eight weeks), and every figure the job stored (section, dimension, measure: value, row and label) is compared
 * with the script's: all must be equal. The script's query alone (its figures returned, not stored) is timed too. The data is
 * built on a fresh database by {@link WeeklyReportData#generator}.
 */
@ExtendWith(ArquillianExtension.class)
class WeeklyReportBenchmark {

    private static final long INSTALLATIONS = Long.getLong("crm.bench.installations", 10_000_000L);
    private static final long CASES = Long.getLong("crm.bench.cases", 2_000_000L);
    private static final String JOB = "job, 8 weeks ms";
    private static final String SCRIPT = "script, 8 weeks ms";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(WeeklyReportBenchmark.class.getPackage());
    }

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Inject
    WeeklyReportGeneration generation;

    @Test
    void aWeeksReportTakesAtMostTheFairHandWrittenScript() throws Exception {
        Bench bench = Bench.start("weekly-report", "a week's information report: the job against a fair hand-written script",
                dataSource);
        generate(bench);
        bench.baseline(JOB, SCRIPT).target("job / script", 1.0);
        // the last eight complete weeks, in random order: each repetition starts at another of them
        List<ReportWeek> weeks = new ArrayList<>();
        ReportWeek week = ReportWeek.containing(Instant.now()).previous();
        for (int i = 0; i < 8; i++) {
            weeks.add(week);
            week = week.previous();
        }
        Collections.shuffle(weeks, new Random(2026));
        bench.measure(repetition -> {
            // every one of the eight weeks a repetition (the warm-up: one), each side in turn first: a single week's
            // report takes about 0.1 s, within the machine's noise; the sums over eight weeks are not
            double jobMillis = 0;
            double scriptMillis = 0;
            double figuresOnlyMillis = 0;
            int compared = 0;
            for (int w = 0; w < (repetition.warmUp() ? 1 : weeks.size()); w++) {
                ReportWeek measured = weeks.get((repetition.number() + w) % weeks.size());
                boolean jobFirst = (repetition.number() + w) % 2 == 0;
                Map<String, String> job = null;
                Map<String, String> script = null;
                for (boolean jobTurn : new boolean[] {jobFirst, !jobFirst}) {
                    try (Connection connection = dataSource.getConnection()) {
                        WeeklyReportData.clear(connection, measured);
                    }
                    long start = System.nanoTime();
                    if (jobTurn) {
                        generation.generate(measured.monday(), "bench", null);
                    } else {
                        try (Connection connection = dataSource.getConnection()) {
                            WeeklyReportData.storeScript(connection, measured);
                        }
                    }
                    double millis = (System.nanoTime() - start) / 1e6;
                    try (Connection connection = dataSource.getConnection()) {
                        if (jobTurn) {
                            jobMillis += millis;
                            job = WeeklyReportData.stored(connection, measured);
                        } else {
                            scriptMillis += millis;
                            script = WeeklyReportData.stored(connection, measured);
                        }
                    }
                }
                long start = System.nanoTime();
                Map<String, String> figuresOnly;
                try (Connection connection = dataSource.getConnection()) {
                    figuresOnly = WeeklyReportData.runScript(connection, measured);
                }
                figuresOnlyMillis += (System.nanoTime() - start) / 1e6;
                assertThat(WeeklyReportData.differences(job, script)).as("%s: job ≠ script", measured.isoName()).isEmpty();
                assertThat(WeeklyReportData.differences(job, figuresOnly)).as("%s: job ≠ script's figures", measured.isoName())
                        .isEmpty();
                assertThat(job).as("figures of %s", measured.isoName()).hasSizeGreaterThan(100);
                compared += job.size();
            }
            repetition.value(JOB, "ms", jobMillis);
            repetition.value(SCRIPT, "ms", scriptMillis);
            repetition.value("script, figures only (8 weeks) ms", "ms", figuresOnlyMillis);
            repetition.value("job / script", "×", jobMillis / scriptMillis);
            repetition.value("figures compared (8 weeks)", "", compared);
        });
        bench.note(String.format(Locale.ROOT, "weeks %s: every figure of the job (value, row, label) equal to the "
                + "script's in each", weeks.stream().map(ReportWeek::isoName).sorted().toList()));
        bench.finish();
    }

    /** The generator's steps, timed one by one, with foreign keys and triggers off; then vacuum analyze and the sizes. */
    private void generate(Bench bench) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            // the server's watches would otherwise work on the rows as they come (the SLA watch recording breaches of
            // the recent open cases that the generator writes too)
            BackgroundWork.pause(Duration.ofMinutes(1));
            sql.execute("set session_replication_role = replica");
            try {
                for (Map.Entry<String, WeeklyReportData.Step> step : WeeklyReportData.generator(INSTALLATIONS, CASES).entrySet()) {
                    bench.generate(step.getKey(), () -> {
                        step.getValue().run(connection);
                        return null;
                    });
                }
            } finally {
                sql.execute("reset session_replication_role");
                BackgroundWork.resume();
            }
            bench.generate("vacuum analyze", () -> sql.execute("vacuum analyze"));
            bench.note(String.format(Locale.ROOT, "generator: %.1f s in all", Bench.seconds(start)));
            bench.size("installations", count(sql, "select count(*) from installation_archive"))
                    .size("cases", count(sql, "select count(*) from service_case"))
                    .size("SLA breaches", count(sql, "select count(*) from sla_breach"))
                    .size("follow-ups", count(sql, "select count(*) from follow_up"))
                    .size("survey answers", count(sql, "select count(*) from survey_response"))
                    .size("quality complaints", count(sql, "select count(*) from quality_complaint"))
                    .size("information items", count(sql, "select count(*) from information_item"))
                    .size("archive submissions", count(sql, "select count(*) from archive_submission"))
                    .size("providers", count(sql, "select count(*) from service_provider"));
            ReportWeek last = ReportWeek.containing(Instant.now()).previous();
            bench.note(String.format(Locale.ROOT, "in the week of %s: %,d installations, %,d cases opened, %,d SLA breaches due, "
                            + "%,d follow-ups due, %,d survey answers", last.monday(),
                    count(sql, "select count(*) from installation_archive where installed_on >= date '" + last.monday()
                            + "' and installed_on < date '" + last.monday().plusWeeks(1) + "'"),
                    count(sql, "select count(*) from service_case where opened_at >= timestamptz '" + last.start()
                            + "' and opened_at < timestamptz '" + last.end() + "'"),
                    count(sql, "select count(*) from sla_breach where due_at >= timestamptz '" + last.start()
                            + "' and due_at < timestamptz '" + last.end() + "'"),
                    count(sql, "select count(*) from follow_up where due_at >= timestamptz '" + last.start()
                            + "' and due_at < timestamptz '" + last.end() + "'"),
                    count(sql, "select count(*) from survey_response where answered_at >= timestamptz '" + last.start()
                            + "' and answered_at < timestamptz '" + last.end() + "'")));
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
