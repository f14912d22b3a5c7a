package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 服务商考核 in headless Chromium: a supervisor computes last month, enters the regional manager's evaluation for the
 * demo provider and computes again; the provider sees the month and the line with the supervisor's words.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aSupervisorScoresLastMonthAndTheProviderSeesEveryLine() {
        String note = "巡查表现突出" + System.nanoTime() % 10000;
        LoginPage.open(browser).loginAs("supervisor");
        AssessmentsPage assessments = AssessmentsPage.open(browser).compute().pick("P-BJ-001");
        assessments.enterEvaluation("11", "超出上限");
        assertThat(assessments.messages()).contains("不能超过 10 分");
        assessments = AssessmentsPage.open(browser).pick("P-BJ-001").enterEvaluation("2", note);
        assertThat(assessments.messages()).contains("考评项已保存");
        assessments.compute().pick("P-BJ-001");
        assertThat(assessments.lines()).contains("区域客户服务经理考评：" + note).contains("+2")
                .as("policies by their names, not their keys").doesNotContain("assessment.");
        new PortalPage(browser).logout();

        LoginPage.open(browser).loginAs("provider");
        ScorecardPage card = ScorecardPage.open(browser);
        assertThat(card.months()).contains(YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString());
        assertThat(card.quarters()).contains("第 1 季度");
        assertThat(card.lines()).contains(note).doesNotContain("assessment.");
    }

    /** Issue 14 #6: the year's rewards export with the months suspended for rectification as a column of their own. */
    @Test
    void theRewardExportHasTheSuspensionColumn() throws Exception {
        LoginPage.open(browser).loginAs("supervisor");
        String link = AssessmentsPage.open(browser).rewardExportLink();
        assertThat(link).contains("/manager/rewards.xlsx?year=");
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(link))
                        .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(download.body()))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
        }
        assertThat(text.toString()).contains("金钥匙服务奖励结算").contains("停工整顿").contains("签约月数");
    }

    @Test
    void theItemTypeCannotBeClearedSoAnEntryAlwaysHasOne() {
        LoginPage.open(browser).loginAs("supervisor");
        AssessmentsPage assessments = AssessmentsPage.open(browser).compute().pick("P-SH-001");
        String chosen = assessments.selectedKind();
        assertThat(chosen).isNotEmpty();

        assessments.clickSelectedKind();

        assertThat(assessments.selectedKind()).isEqualTo(chosen);
        assessments.enterEvaluation("1", "类型不可清空" + System.nanoTime() % 10000);
        assertThat(assessments.messages()).contains("考评项已保存");
    }
}
