package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 信息周报 in headless Chromium: a supervisor runs a week, reads its sections and downloads the workbook; a manager reads only. */
@ExtendWith(ArquillianExtension.class)
class WeeklyReportBrowserIT extends BrowserTest {

    private static final LocalDate MONDAY = LocalDate.of(2004, 1, 5);   // ISO 2004-W02

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSupervisorRunsAWeekReadsItsSectionsAndDownloadsTheWorkbook() throws Exception {
        LoginPage.open(browser).loginAs("supervisor");
        WeeklyReportPage page = WeeklyReportPage.open(browser);
        assertThat(page.canRun()).isTrue();
        assertThat(page.runFor(MONDAY.plusDays(3))).contains("已开始统计");

        page = page.waitForReport(MONDAY, "2004-W02");
        assertThat(page.heading()).contains("信息周报").contains("2004-01-05").contains("2004-01-11");
        assertThat(page.reportText()).contains("铺装档案接收").contains("回访").contains("满意度").contains("服务案件")
                .contains("产品质量问题").contains("市场信息").contains("报送合规").contains("服务商排名");
        assertThat(page.section("FOLLOW_UPS")).contains("铺装回访").contains("合计").contains("应回访");
        assertThat(page.section("SUBMISSIONS")).contains("铺装档案周报送 / 未报送").contains("服务案例 / 合格 2003-12");
        assertThat(page.listText()).contains("2004-W02");

        String href = page.downloadHref();
        assertThat(href).contains("/info/weekly-report.xlsx?week=2004-01-05");
        HttpResponse<byte[]> workbook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(workbook.body()).hasSizeGreaterThan(1000).startsWith((byte) 'P', (byte) 'K');
        new PortalPage(browser).logout();

        // management reads the same report but cannot run one; without a session the workbook is not served
        LoginPage.open(browser).loginAs("manager");
        WeeklyReportPage read = WeeklyReportPage.open(browser).showFromList("2004-W02");
        assertThat(read.canRun()).isFalse();
        assertThat(read.heading()).contains("2004-W02");
        assertThat(read.section("RANKING")).contains("名次");
        HttpResponse<byte[]> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
    }
}
