package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Returns through their approval chain and the quality complaint form, as dealers and supervisors use them. */
@ExtendWith(ArquillianExtension.class)
class QualityReturnsBrowserIT {

    private static Browser browser;

    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            browser.screenshot(context.getRequiredTestMethod().getName());
        }
    };

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void freshSession() {
        browser.open("login.xhtml");
        browser.driver.manage().deleteAllCookies();
    }

    private static String batchNo() {
        return "FH-UI-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    @Test
    void aReturnPassesTheRegionalManagerThenASecondSupervisorAndTheDealerSeesWhereItStands() {
        LoginPage.open(browser).loginAs("dealer");
        ReturnPage filed = ReturnFormPage.open(browser).preSale("开箱验货不合格")
                .goods("BZB-XZMD-910", batchNo(), LocalDate.now().minusDays(20).toString())
                .quantities(400, 20, 20).defect("板面开裂", "进仓前抽样检验，20片板面开裂").file();
        long id = filed.requestId();
        assertThat(filed.status()).isEqualTo("待区域经理审核");
        filed.logout();

        LoginPage.open(browser).loginAs("supervisor");
        ReturnPage regional = ReturnPage.open(browser, id).decide("regionalApprove", "照片清晰，确属板面开裂");
        assertThat(regional.status()).isEqualTo("待公司核准");
        regional.decide("companyApprove", "我自己再批一次");
        regional.expectDecisionMessage("另一位主管");
        assertThat(regional.status()).isEqualTo("待公司核准");
        regional.logout();

        LoginPage.open(browser).loginAs("supervisor2");
        ReturnPage company = ReturnPage.open(browser, id).decide("companyApprove", "同意退货，属产品质量问题");
        assertThat(company.status()).isEqualTo("待到货验收");
        assertThat(company.freight()).contains("生活家承担往返运费");
        company.logout();

        LoginPage.open(browser).loginAs("dealer");
        assertThat(ReturnListPage.openDealers(browser).row(id)).contains("待到货验收").contains("公司书面核准");
        ReturnPage seen = ReturnPage.open(browser, id);
        assertThat(seen.progress()).contains("supervisor").contains("supervisor2").contains("照片清晰，确属板面开裂");
        assertThat(seen.history()).contains("提交申请").contains("区域经理同意").contains("公司书面核准");
    }

    @Test
    void aReturnTheRulesDoNotAllowIsRefusedOnTheFormWithTheRuleNamed() {
        LoginPage.open(browser).loginAs("dealer");
        ReturnFormPage form = ReturnFormPage.open(browser).preSale("开箱验货不合格")
                .goods("BZB-XZMD-910", batchNo(), LocalDate.now().minusDays(20).toString())
                .quantities(100, 3, 3).defect("扭曲变形", "3片变形");
        form.file();

        assertThat(form.messages()).contains("本批不良率 3.00%，未超过 3%");
        assertThat(form.currentPath()).startsWith("/returns/new.xhtml");
    }

    @Test
    void anIncompleteQualityComplaintComesBackWithEveryMissingItemMarked() throws Exception {
        Path photo = Files.createTempFile("overall", ".png");
        Files.write(photo, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        LoginPage.open(browser).loginAs("dealer");

        ComplaintFormPage form = ComplaintFormPage.openNew(browser, 7).phenomenon("客厅地板多处板面开裂").saveDraft();
        assertThat(form.currentPath()).startsWith("/quality/edit.xhtml?id=");
        form.upload("overallUpload", photo);
        assertThat(form.thumbnails()).isEqualTo(1);
        String photoUrl = form.firstFileUrl();
        assertThat(form.fetch(photoUrl)).isEqualTo("200 image/png nosniff");
        form.submit();

        assertThat(form.messages()).contains("产品：未选择产品").contains("照片：至少需要 5 张反映问题的照片")
                .contains("局部特写：至少需要一张局部特写").contains("购买凭证复印件：未上传客户购买凭证复印件")
                .contains("区域经理意见：缺少区域经理意见")
                .doesNotContain("问题现象").doesNotContain("全景照片：");
        form.logout();

        LoginPage.open(browser).loginAs("dealer2");
        browser.driver.get(photoUrl);
        assertThat(new PortalPage(browser).title()).as("another dealer's photo is not found").isEqualTo("页面不存在");
    }
}
