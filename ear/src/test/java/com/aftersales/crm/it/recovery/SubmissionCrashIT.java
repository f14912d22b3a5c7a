package com.aftersales.crm.it.recovery;

import com.aftersales.crm.harness.Harness;
import com.aftersales.crm.harness.IntegrationTestEnvironment;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.it.Poll;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash, for real: a provider's spreadsheet is dropped in the inbox, the server is killed (kill -9) while the job is
 * in the middle of the file, started again, and the loading resumes by itself. The end is exactly one clean run's rows:
 * every good row once, every bad row reported once, nothing lost, nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionCrashIT {

    // five chunks of the job's 10,000 rows: the kill lands after the first and well before the last
    private static final int ROWS = 50_000;
    private static final int BAD_EVERY = 97;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"), System.getProperty("crm.it.jdbc-user"),
                System.getProperty("crm.it.jdbc-password"));
    }

    private static long number(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String text(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    @Test
    void aServerKilledMidFileResumesAfterRestartWithExactlyTheRowsOfOneCleanRun() throws Exception {
        Harness harness = IntegrationTestEnvironment.harness();
        String code = "CR-" + System.nanoTime() % 1_000_000;
        long providerId;
        try (Connection db = database()) {
            providerId = number(db, "insert into service_provider (code, name, region_code, market_level, agreement_signed_on, status)"
                    + " values ('" + code + "', '断电测试服务商', '310100', 1, date '2020-01-01', 'ACTIVE') returning id");
        }
        LocalDate installed = LocalDate.now(ZoneId.of("Asia/Shanghai")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1).plusDays(1);
        StringBuilder csv = new StringBuilder("保修卡号,客户姓名,联系电话,省,市,区县,详细地址,产品编码,铺装面积(㎡),单价(元),铺装方式,铺装日期\n");
        int bad = 0;
        for (int i = 0; i < ROWS; i++) {
            boolean broken = i % BAD_EVERY == 0;
            bad += broken ? 1 : 0;
            csv.append(code).append('-').append(i).append(",顾客").append(i).append(',')
                    .append(broken ? "123" : "15" + String.format("%09d", (providerId * 100_000 + i) % 1_000_000_000L))
                    .append(",上海市,上海市,浦东新区,世纪大道").append(i).append("号,BZB-XZMD-910,30,268,悬浮,").append(installed).append('\n');
        }
        int good = ROWS - bad;
        Path part = harness.inbox().resolve(code + "_crash.part");
        Files.writeString(part, csv, StandardCharsets.UTF_8);
        Files.move(part, harness.inbox().resolve(code + "_crash.csv"));

        long submission;
        long readAtKill;
        try (Connection db = database()) {
            long[] seen = Poll.until("3,000 rows loaded", Duration.ofSeconds(120), () -> {
                long id = number(db, "select coalesce(max(id), 0) from archive_submission where provider_id = " + providerId);
                return new long[]{id, id == 0 ? 0 : number(db, "select rows_read from archive_submission where id = " + id)};
            }, ids -> ids[1] >= 3_000);
            submission = seen[0];
            readAtKill = seen[1];
        }
        assertThat(readAtKill).as("rows loaded before the kill").isBetween(3_000L, (long) ROWS - 1);
        long executionAtKill;
        try (Connection db = database()) {
            executionAtKill = number(db, "select job_execution_id from archive_submission where id = " + submission);
        }
        ProcessHandle server = ProcessHandle.of(harness.serverPid()).orElseThrow();
        server.destroyForcibly();
        server.onExit().get(60, TimeUnit.SECONDS); // gone, its ports free: no guessing how long that takes
        harness.restartKilledServer();

        try (Connection db = database()) {
            String status = Poll.until("the submission ends after the restart", Duration.ofSeconds(300),
                    () -> text(db, "select status from archive_submission where id = " + submission),
                    st -> "COMPLETED".equals(st) || "FAILED".equals(st));
            assertThat(status).isEqualTo("COMPLETED");
            assertThat(number(db, "select job_execution_id from archive_submission where id = " + submission))
                    .as("finished by a new run after the restart").isNotEqualTo(executionAtKill);
            String where = " from installation_archive where provider_id = " + providerId;
            assertThat(number(db, "select count(*)" + where)).isEqualTo(good);
            assertThat(number(db, "select count(distinct warranty_card_no)" + where)).isEqualTo(good);
            assertThat(number(db, "select count(distinct customer_id)" + where)).isEqualTo(good);
            assertThat(number(db, "select count(*) from installation_line where installation_id in (select id" + where + ")"))
                    .isEqualTo(good);
            assertThat(number(db, "select count(*) from follow_up where installation_id in (select id" + where + ")"))
                    .isEqualTo(good);
            assertThat(number(db, "select count(*) from customer_event where kind = 'INSTALLATION_RECORDED' and ref_id in (select id"
                    + where + ")")).isEqualTo(good);
            assertThat(number(db, "select count(*) from archive_submission_problem where submission_id = " + submission))
                    .isEqualTo(bad);
            assertThat(number(db, "select rows_read from archive_submission where id = " + submission)).isEqualTo(ROWS);
            assertThat(number(db, "select rows_written from archive_submission where id = " + submission)).isEqualTo(good);
            assertThat(number(db, "select rows_rejected from archive_submission where id = " + submission)).isEqualTo(bad);
        }
    }
}
