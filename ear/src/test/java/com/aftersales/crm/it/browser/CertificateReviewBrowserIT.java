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
        TechniciansPage technicians = TechniciansPage.open(browser, 1).filter(certificate).startReview(certificate);

        technicians.scores("100", "85").record();

        // 100 × 0.7 + 85 × 0.3 = 95.5: passed, and above 90 the fee is waived
        assertThat(technicians.reviewMessagesContaining("免收年审费")).contains("总分 95.5");
        assertThat(technicians.history()).contains("合格").contains("免年审费")
                .contains(Integer.toString(LocalDate.now().getYear()));

        technicians.record();
        technicians.reviewMessagesContaining("本年度已年审");
    }
}
