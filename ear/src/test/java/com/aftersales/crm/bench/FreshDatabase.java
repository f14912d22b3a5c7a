package com.aftersales.crm.bench;

import com.aftersales.crm.it.Poll;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the database back to what the migrations left (schema, reference data, policies and the test profile's small
 * demo data), so that each benchmark measures at its own stated size, whatever ran before it. The first call of a run
 * keeps a copy of every table that holds rows then (schema {@code bench_pristine}); every call empties all tables and
 * puts those rows back, with each id sequence set past its rows. What the server keeps outside the application's
 * tables (Flyway's histories, the EJB timers, the batch runtime's job repository) is left alone. The only entity the
 * JPA cache shares is {@code Region}, reference data that this never changes.
 */
final class FreshDatabase {

    private static final List<String> NOT_OURS = List.of("flyway_schema_history", "flyway_demo_history",
            "flyway_demo_year_history", "ejb__timer__tbl", "jobinstancedata", "executioninstancedata",
            "stepexecutioninstancedata", "jobstatus", "stepstatus", "checkpointdata");

    private FreshDatabase() {
    }

    /** Returns the number of tables emptied. */
    static int reset(DataSource dataSource) throws Exception {
        stopRunningJobs();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            List<String> tables = strings(sql, "select tablename from pg_tables where schemaname = 'public' order by 1");
            tables.removeIf(name -> NOT_OURS.contains(name.toLowerCase()));
            if (strings(sql, "select nspname from pg_namespace where nspname = 'bench_pristine'").isEmpty()) {
                sql.execute("create schema bench_pristine");
                for (String table : tables) {
                    if (!strings(sql, "select 1 from " + table + " limit 1").isEmpty()) {
                        sql.execute("create table bench_pristine." + table + " as table public." + table);
                    }
                }
            }
            List<String> kept = strings(sql, "select tablename from pg_tables where schemaname = 'bench_pristine'");
            // Rows put back as they were need no foreign-key check, and no trigger may log them as new
            sql.execute("set local session_replication_role = replica");
            sql.execute("truncate table " + String.join(", ", tables) + " restart identity");
            for (String table : kept) {
                sql.execute("insert into public." + table + " select * from bench_pristine." + table);
            }
            List<String[]> sequences = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("""
                    select t.relname, a.attname, pg_get_serial_sequence(quote_ident(t.relname), a.attname)
                    from pg_class t join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
                    join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped
                    where t.relkind = 'r' and pg_get_serial_sequence(quote_ident(t.relname), a.attname) is not null""")) {
                while (rows.next()) {
                    sequences.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            for (String[] s : sequences) {
                if (kept.contains(s[0]) && !NOT_OURS.contains(s[0])) {
                    sql.execute("select setval('" + s[2] + "', coalesce((select max(" + s[1] + ") from " + s[0] + "), 0) + 1, false)");
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            sql.execute("analyze");
            return tables.size();
        }
    }

    /**
     * A job a failed benchmark left running (its import still writing) would deadlock with the truncation: each job
     * still running is stopped, and the reset waits until none runs.
     */
    private static void stopRunningJobs() throws Exception {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<Long> running = running(jobs);
        for (long execution : running) {
            try {
                jobs.stop(execution);
            } catch (JobExecutionNotRunningException finishedMeanwhile) {
                // nothing to stop
            }
        }
        if (!running.isEmpty()) {
            Poll.until("the jobs left running stop", Duration.ofMinutes(10), () -> running(jobs), List::isEmpty);
        }
    }

    private static List<Long> running(JobOperator jobs) {
        List<Long> running = new ArrayList<>();
        for (String name : jobs.getJobNames()) {
            try {
                running.addAll(jobs.getRunningExecutions(name));
            } catch (NoSuchJobException noInstanceYet) {
                // a job known by name only
            }
        }
        return running;
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
