package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Poll;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.jobs.boundary.JobExecutionDetail;
import com.aftersales.crm.jobs.entity.JobExecutionRow;
import com.aftersales.crm.jobs.boundary.JobMonitor;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 作业监控 against the server's batch runtime and its job repository in PostgreSQL: a job started from the monitor runs
 * to COMPLETED and is listed with its steps' counts; bad input, a restart of a completed run and the wrong roles are
 * refused. Every JobOperator call happens inside the application (JobMonitor), never from this test module.
 */
@ExtendWith(ArquillianExtension.class)
class JobMonitorIT {

    private static final String JOB = "case-study-compliance";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(JobMonitorIT.class.getPackage());
    }

    @Inject
    JobMonitor monitor;

    @Inject
    Sql sql;

    private JobExecutionRow waitUntilFinished(long execution) throws Exception {
        return Poll.until("execution " + execution + " ends", Duration.ofSeconds(60),
                () -> RunAs.role(Role.SUPERVISOR, () -> monitor.detail(execution).execution()), run -> !run.running());
    }

    @Test
    void aSupervisorStartsTheMonthEndJobAndSeesItCompletedWithItsStepsCounts() throws Exception {
        long execution = RunAs.role(Role.SUPERVISOR, () -> monitor.start(JOB, "1999-0" + (1 + Math.floorMod(System.nanoTime(), 9))));

        JobExecutionRow finished = waitUntilFinished(execution);
        assertThat(finished.batchStatus()).isEqualTo("COMPLETED");
        assertThat(finished.percent()).isEqualTo(100);
        assertThat(finished.failure()).isNull();
        assertThat(finished.startTime()).isNotNull();
        assertThat(finished.endTime()).isAfterOrEqualTo(finished.startTime());

        // listed newest first, as an administrator sees it too
        JobExecutionRow listed = RunAs.role(Role.ADMIN, () -> monitor.list(0, 20)).stream()
                .filter(row -> row.executionId() == execution).findFirst().orElseThrow();
        assertThat(listed.jobName()).isEqualTo(JOB);
        assertThat(listed.batchStatus()).isEqualTo("COMPLETED");
        assertThat(listed.exitStatus()).isEqualTo("COMPLETED");
        assertThat(listed.readCount()).isZero();
        assertThat(listed.skipCount()).isZero();
        assertThat(RunAs.role(Role.ADMIN, () -> monitor.list(0, 20)).get(0).executionId())
                .isGreaterThanOrEqualTo(execution);
        assertThat(RunAs.role(Role.SUPERVISOR, () -> monitor.count())).isPositive();

        JobExecutionDetail detail = RunAs.role(Role.SUPERVISOR, () -> monitor.detail(execution));
        assertThat(detail.steps()).singleElement().satisfies(step -> {
            assertThat(step.stepName()).isEqualTo("close-month");
            assertThat(step.batchStatus()).isEqualTo("COMPLETED");
        });
    }

    /**
     * Issue 14 #11d: the month-end closing is a batchlet, which reports no counts to the runtime; the rows it recorded
     * are its read and written counts in the monitor, on the run and on its step.
     */
    @Test
    void aServiceCaseClosingThatRecordedRowsShowsThemAsReadAndWritten() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        String month = "1997-0" + (1 + Math.floorMod(System.nanoTime(), 9));
        long provider = ((Number) sql.value("""
                insert into service_provider (code, name, region_code, market_level, agreement_signed_on, grade, status,
                                              created_at)
                values (?, ?, '110100', 1, date '1997-01-01', 'B', 'ACTIVE', timestamptz '1997-01-01 00:00+08')
                returning id""", "JM-" + n, "作业监控服务商" + n)).longValue();
        try {
            long execution = RunAs.role(Role.SUPERVISOR, () -> monitor.start(JOB, month));
            JobExecutionRow finished = waitUntilFinished(execution);
            assertThat(finished.batchStatus()).isEqualTo("COMPLETED");

            long recorded = sql.count("""
                    select count(*) from case_study_compliance where month = cast(? as date)
                      and recorded_at = (select recorded_at from case_study_compliance
                                         where provider_id = ? and month = cast(? as date))""",
                    month + "-01", provider, month + "-01");
            assertThat(recorded).isPositive();
            JobExecutionRow listed = RunAs.role(Role.SUPERVISOR, () -> monitor.list(0, 50)).stream()
                    .filter(row -> row.executionId() == execution).findFirst().orElseThrow();
            assertThat(listed.readCount()).isEqualTo(recorded);
            assertThat(listed.writeCount()).isEqualTo(recorded);
            assertThat(RunAs.role(Role.SUPERVISOR, () -> monitor.detail(execution)).steps()).singleElement()
                    .satisfies(step -> {
                        assertThat(step.readCount()).isEqualTo(recorded);
                        assertThat(step.writeCount()).isEqualTo(recorded);
                    });
        } finally {
            // out of the later months' closings (1998, 1999) the other tests expect empty
            sql.update("update service_provider set status = 'TERMINATED' where id = ?", provider);
        }
    }

    @Test
    void aCompletedRunIsNotRestartedNorStopped() throws Exception {
        long execution = RunAs.role(Role.SUPERVISOR, () -> monitor.start(JOB, "1998-11"));
        assertThat(waitUntilFinished(execution).batchStatus()).isEqualTo("COMPLETED");

        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> monitor.restart(execution)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("execution");
                    assertThat(e.messageKey()).isEqualTo("jobs.error.notRestartable");
                });
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> monitor.stop(execution)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("jobs.error.notRunning"));
    }

    @Test
    void aBadOrUnfinishedMonthOrAJobThatIsNotStartedHereIsRefusedNamingTheField() throws Exception {
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> monitor.start(JOB, "2026/09")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("month");
                    assertThat(e.messageKey()).isEqualTo("jobs.error.monthFormat");
                });
        String thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> monitor.start(JOB, thisMonth)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("month"));
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> monitor.start("archive-submission", "1999-01")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("job"));
        assertThat(RunAs.role(Role.SUPERVISOR, () -> monitor.startableJobs())).containsExactly(JOB);
    }

    @Test
    void providersAndAgentsAreRefused() {
        for (Role role : new Role[]{Role.PROVIDER, Role.AGENT, Role.DEALER}) {
            assertThatThrownBy(() -> RunAs.role(role, () -> monitor.list(0, 10))).as(role.name())
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> RunAs.role(role, () -> monitor.start(JOB, "1999-01"))).as(role.name())
                    .isInstanceOf(AccessDenied.class);
        }
    }
}
