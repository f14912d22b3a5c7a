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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unsatisfied-customer loop in headless Chromium: an agent takes the next call (a complaint's follow-up), records
 * an unsatisfied survey; the provider replies with its handling; the re-call finds the customer satisfied and the
 * complaint closes.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpBrowserIT extends BrowserTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static String send(String method, String path, String user, String body) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + browser.password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(browser.baseUrl + "api/" + path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return response.body();
    }

    private static long id(String json) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** A new customer of D-BJ-001 with an installation by P-BJ-001, whose complaint has been handled, checked and judged. */
    private static long handledComplaint(String name) throws Exception {
        String mobile = "136" + String.format("%08d", System.nanoTime() % 100_000_000);
        long customerId = id(send("POST", "customers", "agent", "{\"name\":\"" + name + "\",\"customerClass\":\"NEW\","
                + "\"regionCode\":\"110105\",\"street\":\"望京西路8号\",\"suburban\":false,\"phones\":[\"" + mobile + "\"]}"));
        send("POST", "customers/" + customerId + "/installations", "agent", "{\"dealerId\":1,\"providerId\":1,"
                + "\"technicianIds\":[1],\"method\":\"FLOATING\",\"installedOn\":\"" + LocalDate.now(CHINA).minusMonths(3)
                + "\",\"lines\":[{\"productId\":3,\"quantityM2\":42,\"unitPrice\":298}]}");
        long caseId = id(send("POST", "cases", "agent", "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\","
                + "\"type\":\"COMPLAINT\",\"severity\":\"NORMAL\",\"customerWords\":\"客厅地板缝隙变大\"}"));
        LocalDateTime visit = LocalDateTime.now(CHINA).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        long orderId = id(send("POST", "cases/" + caseId + "/dispatch-orders", "agent", "{\"providerId\":1,"
                + "\"technicianIds\":[1],\"agreedVisitAt\":\"" + visit + "\",\"instructions\":\"带好填缝材料\"}"));
        send("POST", "dispatch-orders/" + orderId + "/accept", "provider", "");
        send("POST", "dispatch-orders/" + orderId + "/schedule", "provider", "{\"visitAt\":\"" + visit + "\"}");
        send("POST", "dispatch-orders/" + orderId + "/arrival", "provider", "");
        send("POST", "dispatch-orders/" + orderId + "/completion", "provider", "");
        send("POST", "dispatch-orders/" + orderId + "/return", "provider",
                "{\"customerOpinion\":\"SATISFIED\",\"handling\":\"重新填缝\",\"materials\":\"填缝剂\"}");
        send("POST", "cases/" + caseId + "/check", "agent", "{\"accepted\":true,\"note\":\"回单完整\"}");
        send("POST", "cases/" + caseId + "/judgement", "supervisor", "{\"responsibility\":\"INSTALLATION_QUALITY\"}");
        return caseId;
    }

    @Test
    void theCallScreenOfANewCustomersFirstFollowUpOpensWithItsShortTimeline() throws Exception {
        String mobile = "135" + String.format("%08d", System.nanoTime() % 100_000_000);
        long customerId = id(send("POST", "customers", "agent", "{\"name\":\"新客户回访\",\"customerClass\":\"NEW\","
                + "\"regionCode\":\"110105\",\"street\":\"望京西路9号\",\"suburban\":false,\"phones\":[\"" + mobile + "\"]}"));
        LocalDate installed = LocalDate.now(CHINA).minusDays(3);
        send("POST", "customers/" + customerId + "/installations", "agent", "{\"dealerId\":1,\"providerId\":1,"
                + "\"technicianIds\":[1],\"method\":\"FLOATING\",\"installedOn\":\"" + installed + "\",\"acceptedOn\":\""
                + installed + "\",\"lines\":[{\"productId\":3,\"quantityM2\":30,\"unitPrice\":298}]}");
        long followUpId;
        long events;
        try (Connection db = DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"));
             PreparedStatement query = db.prepareStatement("""
                     select (select min(id) from follow_up where customer_id = ?),
                            (select count(*) from customer_event where customer_id = ?)""")) {
            query.setLong(1, customerId);
            query.setLong(2, customerId);
            var row = query.executeQuery();
            row.next();
            followUpId = row.getLong(1);
            assertThat(row.wasNull()).as("the installation's acceptance requires a follow-up").isFalse();
            events = row.getLong(2);
        }
        assertThat(events).as("a new customer has fewer timeline entries than the card shows").isBetween(1L, 4L);
        LoginPage.open(browser).loginAs("agent");

        FollowUpCallPage call = FollowUpCallPage.open(browser, followUpId);

        assertThat(call.status()).isEqualTo(200);
        assertThat(call.customerCard()).contains("新客户回访");
        assertThat(call.timelineEntries()).isEqualTo((int) events);
    }

    /**
     * Puts every other open follow-up out of reach until tomorrow (as if they were all waiting for call-backs), so that
     * "next call" has this case's follow-up to hand: the queue's order itself is proven by FollowUpsIT.
     */
    private static void onlyThisCaseIsCallableNow(long caseId) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"));
             PreparedStatement park = db.prepareStatement("""
                     update follow_up set ready_at = now() + interval '1 day'
                     where status = 'OPEN' and case_id is distinct from ? and ready_at <= now()""")) {
            park.setLong(1, caseId);
            park.executeUpdate();
        }
    }

    @Test
    void anUnsatisfiedCustomerIsHandedToTheProviderAndTheComplaintClosesOnASatisfiedRecall() throws Exception {
        String name = "回访测试" + (System.nanoTime() % 1000);
        long caseId = handledComplaint(name);
        onlyThisCaseIsCallableNow(caseId);

        LoginPage.open(browser).loginAs("agent");
        FollowUpCallPage call = FollowUpCallPage.nextCall(browser);
        assertThat(call.reason()).contains("投诉回访").contains("#" + caseId);
        assertThat(call.customerCard()).contains(name);
        assertThat(call.script()).contains(name);
        call.answer(2, "缝隙还是很大").save();
        assertThat(call.messages()).contains("客户不满意").contains("24小时");
        call.logout();

        LoginPage.open(browser).loginAs("provider");
        FollowUpItemsPage items = FollowUpItemsPage.open(browser);
        assertThat(items.table()).contains(name).contains("待服务商回复");
        items.reply(name, "经理带服务师上门重新填缝并道歉", "缝隙已处理，客户认可");
        assertThat(items.messages()).contains("已回复");
        items.logout();

        LoginPage.open(browser).loginAs("agent");
        onlyThisCaseIsCallableNow(caseId);
        FollowUpCallPage recall = FollowUpCallPage.nextCall(browser);
        assertThat(recall.reason()).contains("不满意再次回访");
        assertThat(recall.recallReply()).contains("缝隙已处理，客户认可");
        recall.answer(5, "").save();
        assertThat(recall.messages()).contains("客户满意");
        assertThat(browser.find(org.openqa.selenium.By.id("call:answers")).getText()).contains("总体满意度").contains("5/5");

        browser.open("cases/view.xhtml?id=" + caseId);
        CasePage closed = new CasePage(browser);
        assertThat(closed.status()).isEqualTo("已结案");
        assertThat(closed.history()).contains("回访：客户不满意").contains("回访：客户满意");
        assertThat(browser.find(org.openqa.selenium.By.id("followUps")).getText()).contains("投诉回访").contains("不满意再次回访");
    }

    @Test
    void theSupervisorSeesTheQueueAndCoverageAndTheAdminTheQuestionnaireInUse() throws Exception {
        LoginPage.open(browser).loginAs("supervisor");
        browser.open("supervisor/follow-ups.xhtml");
        String page = browser.bodyText();
        assertThat(page).contains("回访率（目标100%）").contains("铺装回访").contains("维修/保养回访").contains("坐席工作量");
        assertThat(Long.parseLong(browser.find(org.openqa.selenium.By.id("overdue")).getText())).isPositive();
        assertThat(browser.find(org.openqa.selenium.By.id("items:table")).getText()).contains("待服务商回复");
        new PortalPage(browser).logout();

        LoginPage.open(browser).loginAs("admin");
        browser.open("admin/surveys.xhtml");
        assertThat(browser.find(org.openqa.selenium.By.id("surveys:versions")).getText()).contains("使用中");
        assertThat(browser.find(org.openqa.selenium.By.id("surveys:questions")).getText())
                .contains("服务人员是否穿工装、佩戴工号牌？").contains("总体满意度");
    }
}
