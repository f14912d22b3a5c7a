package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal in headless Chromium: login, menus per role, access rules, language, user administration. */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT extends BrowserTest {


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ParameterizedTest(name = "{0} sees only its own menu")
    @CsvSource({
            "agent,      /agent/index,      /agent/index /agent/call /cases/list /customers/search /quality/edit /agent/follow-ups",
            "supervisor, /supervisor/index, /supervisor/index /supervisor/escalations /cases/list /customers/search /supervisor/quality-complaints /supervisor/returns /agent/follow-ups /supervisor/follow-ups /info/items /supervisor/case-studies /supervisor/submissions /supervisor/jobs /info/weekly-reports /supervisor/assessments /manager/dashboard /info/batches /supervisor/chargebacks /manager/chargeback-report",
            "info,       /info/index,       /info/index /info/items /info/weekly-reports /info/batches",
            "dealer,     /dealer/index,     /dealer/index /cases/list /customers/search /dealer/quality-complaints /dealer/returns /dealer/information /dealer/chargebacks",
            "provider,   /provider/index,   /provider/index /provider/orders /customers/search /provider/follow-up-items /provider/information /provider/case-studies /provider/submissions /provider/scorecard /provider/chargebacks",
            "manager,    /manager/index,    /manager/index /info/weekly-reports /manager/assessments /manager/dashboard /manager/chargeback-report",
            "admin,      /admin/index,      /admin/index /admin/users /customers/search /cases/list /admin/dealers /admin/providers /admin/technicians /admin/products /admin/policies /admin/calendar /admin/pause-reasons /admin/api-clients /admin/surveys /supervisor/jobs /supervisor/chargebacks"})
    void eachRoleLandsOnItsHomeAndSeesItsOwnMenu(String user, String home, String menu) {
        PortalPage page = LoginPage.open(browser).loginAs(user);

        assertThat(page.currentPath()).startsWith(home + ".xhtml");
        assertThat(page.menuTargets()).isEqualTo(Arrays.stream(menu.split(" ")).collect(Collectors.toSet()));
        assertThat(page.userName()).isNotBlank();
    }

    @Test
    void wrongPasswordShowsAnErrorAndStaysOnTheLoginPage() {
        LoginPage login = LoginPage.open(browser);
        login.loginAs("agent", "not-the-password");

        assertThat(login.isShown()).isTrue();
        assertThat(login.errorText()).contains("用户名或密码错误");
    }

    @Test
    void anonymousVisitorOfAProtectedPageIsSentToLoginAndThenBack() {
        browser.open("admin/users.xhtml");
        LoginPage login = new LoginPage(browser);
        assertThat(login.isShown()).isTrue();

        PortalPage page = login.loginAs("admin");

        assertThat(page.currentPath()).startsWith("/admin/users.xhtml");
        assertThat(page.title()).isEqualTo("用户管理");
    }

    @Test
    void dealerGets403OnAnAdminPage() throws Exception {
        LoginPage.open(browser).loginAs("dealer");
        browser.open("admin/users.xhtml");

        assertThat(new PortalPage(browser).title()).isEqualTo("无权访问");
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.baseUrl + "admin/users.xhtml"))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void pageThatNoRuleNamesIsRefusedAndUnknownPageIsFriendly() {
        LoginPage.open(browser).loginAs("admin");

        browser.open("WEB-INF/web.xml");
        assertThat(browser.bodyText()).doesNotContain("<web-app").doesNotContain("Exception");
        browser.open("admin/no-such-page.xhtml");
        assertThat(new PortalPage(browser).title()).isEqualTo("页面不存在");
        assertThat(browser.bodyText()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void languageSwitchChangesThePageAndIsRememberedForTheUser() {
        LoginPage login = LoginPage.open(browser);
        assertThat(login.submitLabel()).isEqualTo("登录");
        assertThat(login.switchTo("lang-en").submitLabel()).isEqualTo("Log in");
        login.switchTo("lang-zh");

        PortalPage page = login.loginAs("manager");
        assertThat(page.menuText()).contains("管理指标");
        page.switchTo("lang-en");
        assertThat(page.menuText()).contains("Management metrics");

        page.logout();
        browser.driver.manage().deleteAllCookies();
        PortalPage again = LoginPage.open(browser).loginAs("manager");
        assertThat(again.menuText()).contains("Management metrics");
        again.switchTo("lang-zh");
        assertThat(again.menuText()).contains("管理指标");
    }

    @Test
    void logoutEndsTheSession() {
        PortalPage page = LoginPage.open(browser).loginAs("provider");

        LoginPage login = page.logout();
        assertThat(login.isShown()).isTrue();
        browser.open("provider/index.xhtml");
        assertThat(new LoginPage(browser).isShown()).isTrue();
    }

    @Test
    void administratorCreatesADealerUserAndTheFormNamesTheMissingDealer() {
        LoginPage.open(browser).loginAs("admin");
        String username = "wangjg" + System.nanoTime() % 100000;

        UsersPage users = UsersPage.open(browser).startNew()
                .fill(username, "王建国", "Demo-password-2026")
                .tickRole("经销商")
                .save();
        assertThat(users.dialogMessages()).contains("所属经销商").contains("必填");

        users.chooseDealer("D-BJ-001").password("Demo-password-2026").save();
        assertThat(users.dialogClosed()).isTrue();
        assertThat(users.filter(username).tableText()).contains(username).contains("王建国").contains("D-BJ-001").contains("经销商");
    }
}
