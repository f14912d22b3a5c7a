package com.aftersales.crm.jobs.boundary;

import com.aftersales.crm.jobs.entity.JobExecutionRow;
import com.aftersales.crm.jobs.entity.MonitoredJob;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobMonitorTest {

    private static JobExecutionRow run(String status, boolean latest) {
        return new JobExecutionRow(7, 3, "case-study-compliance", status, status, Instant.EPOCH, Instant.EPOCH, null,
                0, 0, 0, 0, 0, 0, null, null, null, latest);
    }

    @Test
    void theMonthIsTypedAsYearDashMonth() {
        assertThat(JobMonitor.month(" 2026-09 ")).isEqualTo(YearMonth.of(2026, 9));
        for (String wrong : new String[]{"2026-13", "2026/09", "202609", "9-2026", "2026-9"}) {
            assertThatThrownBy(() -> JobMonitor.month(wrong)).as(wrong)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("month");
                        assertThat(e.messageKey()).isEqualTo("jobs.error.monthFormat");
                    });
        }
        assertThatThrownBy(() -> JobMonitor.month(" ")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("jobs.error.monthRequired"));
    }

    @Test
    void onlyARunningRunStopsAndOnlyTheLatestFailedOrStoppedRunOfAnInstanceRestarts() {
        assertThat(run("STARTED", true).stoppable()).isTrue();
        assertThat(run("STARTING", true).stoppable()).isTrue();
        assertThat(run("STOPPING", true).stoppable()).isFalse();
        assertThat(run("COMPLETED", true).restartable()).isFalse();
        assertThat(run("FAILED", true).restartable()).isTrue();
        assertThat(run("STOPPED", true).restartable()).isTrue();
        assertThat(run("FAILED", false).restartable()).isFalse();
        assertThat(run("ABANDONED", true).restartable()).isFalse();
    }

    @Test
    void theArchiveLoadingIsStartedByAnUploadNeverFromTheMonitor() {
        assertThat(MonitoredJob.byName("archive-submission")).hasValueSatisfying(job -> assertThat(job.startable()).isFalse());
        assertThat(MonitoredJob.byName("case-study-compliance")).hasValueSatisfying(job -> assertThat(job.startable()).isTrue());
        assertThat(MonitoredJob.byName("something-else")).isEmpty();
    }
}
