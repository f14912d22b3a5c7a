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

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's API clients page in headless Chromium: create, the key shown once, revoke. */
@ExtendWith(ArquillianExtension.class)
class ApiClientsBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private int callWith(String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.baseUrl + "api/me"))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void administratorCreatesAClientSeesItsKeyOnceAndRevokesIt() throws Exception {
        LoginPage.open(browser).loginAs("admin");
        ApiClientsPage page = ApiClientsPage.open(browser);
        // the demo's clients: one working, one revoked
        assertThat(page.rowText("安居派工系统")).contains("有效");
        assertThat(page.rowText("旧呼叫中心平台")).contains("已吊销");

        String name = "呼叫平台" + System.nanoTime() % 100_000;
        String key = page.name(name).role("客服专员").create().shownKey();
        assertThat(key).matches("crm_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        assertThat(page.keyDialogText()).contains("仅显示这一次");
        assertThat(callWith(key)).isEqualTo(200);

        page.copied();
        assertThat(browser.driver.getPageSource()).doesNotContain(key);
        assertThat(page.rowText(name)).contains(key.substring(4, 16)).contains("有效");
        ApiClientsPage.open(browser);
        assertThat(browser.driver.getPageSource()).doesNotContain(key);

        page.revoke(name);
        assertThat(page.messages()).contains(name);
        assertThat(callWith(key)).isEqualTo(401);
    }
}
