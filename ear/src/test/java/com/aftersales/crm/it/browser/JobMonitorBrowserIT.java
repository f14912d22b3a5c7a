package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** 作业监控 in headless Chromium: a supervisor closes a month from the monitor and watches the run finish. */
@ExtendWith(ArquillianExtension.class)
class JobMonitorBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSupervisorStartsTheMonthEndJobAndSeesItFinishWithAFullProgressBar() {
        PortalPage portal = LoginPage.open(browser).loginAs("supervisor");
        assertThat(portal.menuTargets()).contains("/supervisor/jobs");
        JobsPage jobs = JobsPage.open(browser);

        // a month typed wrongly is refused on the field, in Chinese
        assertThat(jobs.startRefused("2026/09")).contains("月份").contains("yyyy-MM");

        long run = jobs.startMonthEnd("1998-0" + (1 + Math.floorMod(System.nanoTime(), 9)));
        jobs.waitForStatus(run, "已完成");

        assertThat(jobs.progress(run)).isEqualTo("100%");
        assertThat(jobs.counts(run)).isEqualTo("0/0/0");
        assertThat(jobs.hasRestart(run)).isFalse();
        assertThat(jobs.details(run)).contains("close-month").contains("已完成").contains("无");
    }

    /** Issue 14 #11d: a closing that recorded rows shows them as read and written, though a batchlet counts nothing itself. */
    @Test
    void aMonthEndRunThatRecordedRowsShowsThemAsReadAndWritten() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        String month = "1997-1" + Math.floorMod(System.nanoTime(), 3);
        long provider;
        try (Connection db = database()) {
            provider = value(db, """
                    insert into service_provider (code, name, region_code, market_level, agreement_signed_on, grade, status,
                                                  created_at)
                    values (?, ?, '110100', 1, date '1997-01-01', 'B', 'ACTIVE', timestamptz '1997-01-01 00:00+08')
                    returning id""", "JB-" + n, "作业监控浏览器服务商" + n);
        }
        try {
            LoginPage.open(browser).loginAs("supervisor");
            JobsPage jobs = JobsPage.open(browser);
            long run = jobs.startMonthEnd(month);
            jobs.waitForStatus(run, "已完成");

            long recorded;
            try (Connection db = database()) {
                recorded = value(db, """
                        select count(*) from case_study_compliance where month = cast(? as date)
                          and recorded_at = (select recorded_at from case_study_compliance
                                             where provider_id = ? and month = cast(? as date))""",
                        month + "-01", provider, month + "-01");
            }
            assertThat(recorded).isPositive();
            assertThat(jobs.counts(run)).isEqualTo(recorded + "/" + recorded + "/0");
        } finally {
            try (Connection db = database()) {
                value(db, "update service_provider set status = 'TERMINATED' where id = ? returning id", provider);
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"), System.getProperty("crm.it.jdbc-user"),
                System.getProperty("crm.it.jdbc-password"));
    }

    private static long value(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
