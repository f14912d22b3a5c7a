package com.aftersales.crm.demo.boundary;

import com.aftersales.crm.dashboard.boundary.DashboardRefresh;
import com.aftersales.crm.platform.RunProfile;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The demo's year of history (演示数据：一年的业务记录): in the demo profile with {@code crm.demo.history=true} (the demo run's
 * properties, never the tests'), after the demo data, it loads {@code db/demo-history} — a year of installations,
 * cases, follow-ups, surveys, information items, service cases and archive submissions ending today, written in
 * set-based SQL and tracked by Flyway in a history table of its own — and then does what the department's month ends
 * and weeks would have done, through the same services: each past month's service-case compliance and provider
 * scoring, each past week's information report, and the dashboard's roll-ups. Each month and week is claimed in
 * {@code job_period_run} (job {@value #JOB}) in the transaction that computes it, so a restart, or a second call,
 * does nothing twice and a run cut off resumes where it stopped.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistory {

    /** The claims' job name in job_period_run. */
    public static final String JOB = "demo-history";
    /** The months (before the current one) scored and the weeks (before the current one) reported. */
    public static final int MONTHS = 12;
    public static final int WEEKS = 52;

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Inject
    RunProfile profile;

    @Inject
    @ConfigProperty(name = "crm.demo.history", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoHistoryPeriods periods;

    @Inject
    DashboardRefresh dashboard;

    @Inject
    Clock clock;

    @PostConstruct
    void atStart() {
        if (profile.isDemo() && enabled) {
            load();
        }
    }

    /** Loads what is not loaded yet; returns what this call did. */
    public Loaded load() {
        long start = System.nanoTime();
        var migrated = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/demo-history")
                .table("flyway_demo_year_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        long sql = System.nanoTime();
        YearMonth current = YearMonth.now(clock);
        int months = 0;
        for (int back = MONTHS; back >= 1; back--) {
            months += periods.closeMonth(current.minusMonths(back)) ? 1 : 0;
        }
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        int weeks = 0;
        for (int back = WEEKS; back >= 1; back--) {
            weeks += periods.reportWeek(monday.minusWeeks(back)) ? 1 : 0;
        }
        dashboard.refresh();
        long end = System.nanoTime();
        Loaded loaded = new Loaded(migrated.migrationsExecuted, months, weeks, (sql - start) / 1_000_000, (end - sql) / 1_000_000);
        LOG.info(() -> "Demo history: " + loaded.scripts() + " script(s) in " + loaded.sqlMillis() + " ms, "
                + loaded.months() + " month(s) closed and scored and " + loaded.weeks() + " weekly report(s) in "
                + loaded.servicesMillis() + " ms");
        return loaded;
    }

    /** What one load did: scripts applied, months closed and scored, weeks reported, and the time each part took. */
    public record Loaded(int scripts, int months, int weeks, long sqlMillis, long servicesMillis) {
    }
}
