package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
}
