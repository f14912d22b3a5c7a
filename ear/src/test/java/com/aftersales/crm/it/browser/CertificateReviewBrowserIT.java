package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 上岗证年审 in headless Chromium: the administrator records a technician's review from the technicians list. */
@ExtendWith(ArquillianExtension.class)
class CertificateReviewBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A technician of P-BJ-001 no review has seen yet (the demo's may have been reviewed by an earlier run). */
    private static String newTechnician() throws Exception {
        long n = System.nanoTime() % 1_000_000_000L;
        String certificate = "NS-B-" + n;
        try (Connection db = DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"));
             PreparedStatement insert = db.prepareStatement("""
                     insert into technician (provider_id, name, mobile, certificate_level, certificate_no, certificate_valid_until)
                     values (1, '年审浏览器测试', ?, 'INTERMEDIATE', ?, ?)""")) {
            insert.setString(1, "13" + String.format("%09d", n));
            insert.setString(2, certificate);
            insert.setObject(3, LocalDate.now().plusMonths(1));
            insert.executeUpdate();
        }
        return certificate;
    }

    @Test
    void theAdministratorRecordsAReviewAndSeesTheSeventyThirtyScoreAndTheFeeWaiver() throws Exception {
        String certificate = newTechnician();
        LoginPage.open(browser).loginAs("admin");
        browser.open("admin/technicians.xhtml?provider=1");
        browser.find(By.id("list:filter")).sendKeys(certificate);
        browser.waitForText(By.id("list:technicians"), certificate);
        browser.find(By.xpath("//tr[contains(., '" + certificate + "')]//button[contains(@id, ':review')]")).click();
        browser.waitForPage();

        browser.find(By.id("reviewForm:workScore_input")).sendKeys("100", Keys.TAB);
        browser.find(By.id("reviewForm:examScore_input")).sendKeys("85", Keys.TAB);
        browser.find(By.id("reviewForm:record")).click();
        browser.waitForPage();
        // 100 × 0.7 + 85 × 0.3 = 95.5: passed, and above 90 the fee is waived
        browser.waitForText(By.id("reviewForm:reviewMessages"), "免收年审费");
        assertThat(browser.find(By.id("reviewForm:reviewMessages")).getText()).contains("总分 95.5");
        assertThat(browser.find(By.id("reviewForm:history")).getText()).contains("合格").contains("免年审费")
                .contains(Integer.toString(LocalDate.now().getYear()));

        browser.find(By.id("reviewForm:record")).click();
        browser.waitForPage();
        browser.waitForText(By.id("reviewForm:reviewMessages"), "本年度已年审");
    }
}
