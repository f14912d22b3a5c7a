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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 责任分摊 in headless Chromium: the supervisor enters a returned complaint's costs and splits its responsibility 70 / 30
 * between the maker and the provider (a sum short of 100 is refused, in words); the provider sees its line in
 * *我的责任扣款* and disputes it with a reason. The case itself is brought to "returned" over REST.
 */
@ExtendWith(ArquillianExtension.class)
class ChargebackBrowserIT extends BrowserTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static String call(String user, String method, String path, String body) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + browser.password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.baseUrl + "api/" + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json");
        request = "GET".equals(method) ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return response.body();
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A new Beijing customer whose floor P-BJ-001 laid, with a complaint dispatched to it and returned. */
    private static long returnedComplaint() throws Exception {
        long n = System.nanoTime() % 100_000_000;
        long customerId = id(call("agent", "POST", "customers", "{\"name\":\"孙分摊\",\"customerClass\":\"NEW\","
                + "\"regionCode\":\"110105\",\"street\":\"望京西路" + n % 300 + "号\",\"suburban\":false,"
                + "\"phones\":[\"136" + String.format("%08d", n) + "\"]}"));
        call("agent", "POST", "customers/" + customerId + "/installations", "{\"dealerId\":1,\"providerId\":1,"
                + "\"technicianIds\":[1],\"method\":\"FLOATING\",\"installedOn\":\"" + LocalDate.now(CHINA).minusMonths(2)
                + "\",\"warrantyCardNo\":\"BXKCB" + n + "\",\"lines\":[{\"productId\":3,\"quantityM2\":36,\"unitPrice\":298}]}");
        long caseId = id(call("agent", "POST", "cases", "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\","
                + "\"type\":\"COMPLAINT\",\"severity\":\"NORMAL\",\"callerPhone\":\"13912345678\","
                + "\"customerWords\":\"客厅地板开裂，缝隙越来越大\"}"));
        String visit = LocalDateTime.now(CHINA).plusHours(3).truncatedTo(ChronoUnit.MINUTES).toString();
        long orderId = id(call("agent", "POST", "cases/" + caseId + "/dispatch-orders", "{\"providerId\":1,"
                + "\"technicianIds\":[1],\"agreedVisitAt\":\"" + visit + "\",\"instructions\":\"带好检测仪\"}"));
        call("provider", "POST", "dispatch-orders/" + orderId + "/accept", "");
        call("provider", "POST", "dispatch-orders/" + orderId + "/schedule", "{\"visitAt\":\"" + visit + "\"}");
        call("provider", "POST", "dispatch-orders/" + orderId + "/arrival", "");
        call("provider", "POST", "dispatch-orders/" + orderId + "/completion", "");
        call("provider", "POST", "dispatch-orders/" + orderId + "/return",
                "{\"customerOpinion\":\"SATISFIED\",\"handling\":\"更换开裂地板5块\",\"materials\":\"地板5块\"}");
        return caseId;
    }

    @Test
    void theSupervisorSplitsSeventyThirtyWithCostsAndTheProviderDisputesItsLine() throws Exception {
        long caseId = returnedComplaint();

        LoginPage.open(browser).loginAs("supervisor");
        ChargebackPage card = ChargebackPage.caseCard(browser, caseId);
        card.addCost("材料费", "1000.00");
        assertThat(card.messages()).contains("费用已录入");
        card.addCost("人工费", "234.56");
        assertThat(card.costs()).contains("材料费").contains("1000.00").contains("人工费").contains("234.56");

        card.share(0, "产品质量", "制造商", "70", "检验报告：基材含水率超标")
                .share(1, "铺装质量", "服务商", "29", "现场照片：伸缩缝不足 5mm").judge();
        assertThat(card.messages()).contains("各方责任比例合计为 99.00%，必须正好等于 100%");

        card.share(1, null, null, "30", "现场照片：伸缩缝不足 5mm").judge();
        assertThat(card.messages()).contains("责任已按比例界定");
        assertThat(card.shares()).contains("制造商").contains("70.00%").contains("服务商").contains("30.00%")
                .contains("检验报告：基材含水率超标");
        assertThat(card.caseLines()).contains("370.37").contains("待确认");   // 30% of 1,234.56
        card.logout();

        LoginPage.open(browser).loginAs("provider");
        ChargebackPage mine = ChargebackPage.myLedger(browser, "provider");
        assertThat(mine.ledger()).contains("#" + caseId).contains("370.37").contains("待确认");
        mine.dispute("地面返潮，非安装原因，附含水率检测照片");
        assertThat(mine.ledgerMessages()).contains("异议已提交");
        assertThat(mine.ledger()).contains("有异议").contains("地面返潮").doesNotContain("DISPUTED");
        mine.logout();

        LoginPage.open(browser).loginAs("provider2");
        assertThat(ChargebackPage.myLedger(browser, "provider").ledger()).doesNotContain("#" + caseId + " ");
    }
}
