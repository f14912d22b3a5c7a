package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 批次质量 in headless Chromium: a supervisor opens the batch view from the menu's URL and sees the demo data's batch
 * with the quality problem flagged over threshold (three complaints in ten days, more than 3% of it affected); the
 * alert check lists it among the open alerts.
 */
@ExtendWith(ArquillianExtension.class)
class BatchBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSupervisorSeesTheBatchOverThresholdFlaggedAndItsAlert() {
        LoginPage.open(browser).loginAs("supervisor");
        BatchesPage page = BatchesPage.open(browser);
        assertThat(page.rule()).contains("30天").contains("3起").contains("3%");

        List<WebElement> flagged = page.flaggedRows();
        assertThat(flagged).as("a batch over threshold").isNotEmpty();
        WebElement first = flagged.get(0);
        assertThat(first.getText()).contains("超过预警线");
        String batchNo = first.findElement(By.cssSelector(".crm-batch-no")).getText();
        assertThat(page.tableText()).contains("不良率").contains("已铺装面积");

        assertThat(page.check()).contains("检查完成");
        assertThat(page.alertsText()).contains(batchNo);
        assertThat(browser.bodyText()).doesNotContain("batch.").doesNotContain("BATCHES");
    }
}
