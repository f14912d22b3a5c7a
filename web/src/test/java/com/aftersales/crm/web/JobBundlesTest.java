package com.aftersales.crm.web;

import com.aftersales.crm.jobs.entity.MonitoredJob;
import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The job monitor builds a key per job and per batch status, which the static key check cannot see. */
class JobBundlesTest {

    @Test
    void everyMonitoredJobAndEveryBatchStatusHasALabelInBothLanguages() throws IOException {
        for (String bundle : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties properties = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/com/aftersales/crm/web/" + bundle)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (MonitoredJob job : MonitoredJob.values()) {
                assertThat(properties.getProperty("jobs.name." + job.jobName())).as(bundle + " " + job).isNotBlank();
            }
            for (BatchStatus status : BatchStatus.values()) {
                assertThat(properties.getProperty("jobs.status." + status.name())).as(bundle + " " + status).isNotBlank();
            }
            for (String field : List.of("job", "month", "execution")) {
                assertThat(properties.getProperty("jobs.field." + field)).as(bundle + " field " + field).isNotBlank();
            }
        }
    }
}
