package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint from the call to the returned order, in headless Chromium: the agent takes the call and dispatches, the
 * dealer follows the status, the provider works and returns the order.
 */
@ExtendWith(ArquillianExtension.class)
class CaseBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A customer of dealer D-BJ-001 with an installation (by its provider P-BJ-001), found as the dealer sees them. */
    private static String[] dealersCustomerWithAnInstallation() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String page = get(http, "api/customers?max=100&sort=name");
        Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(page);
        while (ids.find()) {
            String id = ids.group(1);
            if (get(http, "api/customers/" + id + "/installations").contains("\"provider\"")) {
                String customer = get(http, "api/customers/" + id);
                Matcher name = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(customer);
                Matcher phone = Pattern.compile("\"phones\":\\[\"([^\"]+)\"").matcher(customer);
                if (name.find() && phone.find()) {
                    return new String[]{name.group(1), phone.group(1).replaceAll("\\D", "")};
                }
            }
        }
        throw new IllegalStateException("the demo data has no customer of D-BJ-001 with an installation: "
                + page.substring(0, Math.min(page.length(), 400)));
    }

    private static String get(HttpClient http, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("dealer:" + browser.password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl + path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void anAgentTakesACallAndDispatchesTheDealerFollowsTheStatusAndTheProviderReturnsTheOrder() throws Exception {
        String[] customer = dealersCustomerWithAnInstallation();
        String name = customer[0];
        String phone = customer[1];

        LoginPage.open(browser).loginAs("agent");
        CallPage call = CallPage.pop(browser, phone);
        if (browser.driver.findElements(By.id("call:customerName")).isEmpty()) {
            assertThat(call.matches()).contains(name);
            call.choose(name);
        }
        assertThat(call.chosenCustomer()).isEqualTo(name);
        CasePage complaint = call.type("投诉").words("卧室地板有三块起拱，客户要求上门查看").open();
        long caseId = complaint.caseId();
        assertThat(browser.bodyText().split("已受理案件 #" + caseId + "\\b", -1)).as("the intake's confirmation, once").hasSize(2);
        assertThat(complaint.status()).isEqualTo("待派工");
        assertThat(complaint.slaBadge()).contains("回复").contains("剩余");

        complaint.startDispatch("P-BJ-001").technician("初级").send();
        assertThat(complaint.dispatchErrors()).contains("见习或初级服务师不能单独派出");
        complaint.technician("高级").send();
        browser.waitForText(By.id("status"), "处理中");
        assertThat(complaint.orders()).contains("已派工").contains("（高级）").doesNotContain("SENIOR");
        assertThat(complaint.history()).contains("受理案件").contains("派工");
        complaint.logout();

        LoginPage.open(browser).loginAs("dealer");
        CaseListPage dealerList = CaseListPage.open(browser).find(Long.toString(caseId));
        assertThat(dealerList.row(caseId)).contains(name).contains("处理中").contains("派工");
        dealerList.logout();

        LoginPage.open(browser).loginAs("provider");
        OrdersPage orders = OrdersPage.open(browser);
        assertThat(orders.table()).contains(name).contains("（高级）").doesNotContain("SENIOR").doesNotContain("JUNIOR");
        orders.accept(caseId).schedule(caseId).arrive(caseId).complete(caseId)
                .returnOrder(caseId, "满意", "重新铺装起拱的三块地板，加大伸缩缝", "地板3块");
        assertThat(orders.messages()).contains("已更新");
        orders.logout();

        LoginPage.open(browser).loginAs("dealer");
        assertThat(CaseListPage.open(browser).find(Long.toString(caseId)).row(caseId)).contains("已回单待检查");
        CasePage seenByDealer = CasePage.open(browser, caseId);
        assertThat(seenByDealer.history()).contains("服务商接单").contains("服务师到场").contains("回单");
        assertThat(seenByDealer.orders()).contains("满意").contains("地板3块");
        seenByDealer.logout();

        LoginPage.open(browser).loginAs("dealer2");
        CasePage.open(browser, caseId);
        assertThat(new PortalPage(browser).title()).isEqualTo("页面不存在");
    }

    @Test
    void onARepairCaseTheRepairBoxIsTickedAndCannotBeUnticked() throws Exception {
        String[] customer = dealersCustomerWithAnInstallation();

        LoginPage.open(browser).loginAs("agent");
        CallPage call = CallPage.pop(browser, customer[1]);
        if (browser.driver.findElements(By.id("call:customerName")).isEmpty()) {
            call.choose(customer[0]);
        }
        CasePage repair = call.type("报修").words("厨房门口地板踩上去有响声，要求维修").open();
        repair.startDispatch("P-BJ-001");

        assertThat(repair.repairTicked()).isTrue();
        assertThat(repair.repairLocked()).isTrue();
        repair.clickRepair();
        assertThat(repair.repairTicked()).isTrue();
        // Sent as a repair: a junior may not go, even with a senior.
        repair.technician("高级").technician("初级").send();
        assertThat(repair.dispatchErrors()).contains("见习或初级服务师不能派去维修");
        assertThat(repair.status()).isEqualTo("待派工");
    }
}
