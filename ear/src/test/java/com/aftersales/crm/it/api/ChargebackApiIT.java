package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.it.api.JsonValues.id;
import static com.aftersales.crm.it.api.JsonValues.map;
import static com.aftersales.crm.it.api.JsonValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Split judgements and the chargeback ledger over REST, as the demo users: the supervisor enters the costs and judges
 * by shares, the provider reads its line and disputes it, another provider or a dealer gets 404 for it whatever it asks,
 * the supervisor decides.
 */
@ExtendWith(ArquillianExtension.class)
class ChargebackApiIT extends CaseScenarios {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static java.math.BigDecimal decimal(Object value) {
        return new java.math.BigDecimal(value.toString());
    }

    /** A complaint of a new customer, dispatched to P-BJ-001, worked and returned, checked by the agent. */
    private long returnedComplaint() throws Exception {
        long caseId = complaint(customer(false));
        long orderId = dispatched(caseId);
        ok(post("dispatch-orders/" + orderId + "/accept", "provider", ""), 200);
        ok(post("dispatch-orders/" + orderId + "/schedule", "provider", "{\"visitAt\":\"" + inThreeHours() + "\"}"), 200);
        ok(post("dispatch-orders/" + orderId + "/arrival", "provider", ""), 200);
        ok(post("dispatch-orders/" + orderId + "/completion", "provider", ""), 200);
        ok(post("dispatch-orders/" + orderId + "/return", "provider",
                "{\"customerOpinion\":\"SATISFIED\",\"handling\":\"重新铺装\",\"materials\":\"地板4块\"}"), 200);
        return caseId;
    }

    private static String shares(String makerPercent, String providerPercent) {
        return "{\"note\":\"分摊\",\"shares\":["
                + "{\"responsibility\":\"PRODUCT_QUALITY\",\"party\":\"MAKER\",\"percent\":" + makerPercent
                + ",\"evidence\":\"检验报告：含水率超标\",\"policyRef\":\"手册 3.2\"},"
                + "{\"responsibility\":\"INSTALLATION_QUALITY\",\"party\":\"PROVIDER\",\"percent\":" + providerPercent
                + ",\"evidence\":\"现场照片：伸缩缝不足\"}]}";
    }

    @Test
    void theSupervisorSplitsTheJudgementAndTheProviderDisputesItsOwnLine() throws Exception {
        long caseId = returnedComplaint();
        List<Map<String, Object>> costs = okList(post("cases/" + caseId + "/costs", "supervisor",
                "{\"kind\":\"MATERIALS\",\"amount\":333.33,\"note\":\"地板4块\"}"), 201);
        assertThat(costs).singleElement().satisfies(c -> assertThat(c.get("source")).isEqualTo("SUPERVISOR"));
        expect(post("cases/" + caseId + "/costs", "provider", "{\"kind\":\"LABOUR\",\"amount\":100}"), 403);
        expect(post("cases/" + caseId + "/costs", "supervisor", "{\"kind\":\"LABOUR\",\"amount\":200.01}"), 201);

        HttpResponse<String> wrong = post("cases/" + caseId + "/judgement", "supervisor", shares("70", "29.99"));
        expect(wrong, 400);
        assertThat(rows(body(wrong).get("fields"))).extracting(f -> f.get("field")).containsExactly("shares");
        expect(post("cases/" + caseId + "/judgement", "provider", shares("70", "30")), 403);

        Map<String, Object> judged = ok(post("cases/" + caseId + "/judgement", "supervisor", shares("70", "30")), 200);
        assertThat(map(judged.get("case")).get("responsibility")).isEqualTo("PRODUCT_QUALITY");
        assertThat(okList(get("cases/" + caseId + "/shares", "agent"), 200))
                .extracting(s -> s.get("party")).containsExactly("MAKER", "PROVIDER");

        Map<String, Object> page = ok(get("chargebacks?caseId=" + caseId, "provider"), 200);
        Map<String, Object> line = rows(page.get("rows")).get(0);
        assertThat(rows(page.get("rows"))).hasSize(1);
        long lineId = id(line.get("id"));
        assertThat(line.get("status")).isEqualTo("PROPOSED");
        assertThat(decimal(line.get("amount"))).isEqualByComparingTo("160.00");   // 30% of 533.34 = 160.002 → 160.00
        assertThat(line.get("disputableNow")).isEqualTo(true);

        // another provider, or a dealer, never sees the line: 404 whatever it asks of it
        expect(get("chargebacks/" + lineId, "provider2"), 404);
        expect(post("chargebacks/" + lineId + "/dispute", "provider2", "{\"reason\":\"越权\"}"), 404);
        expect(get("chargebacks/" + lineId, "dealer"), 404);
        assertThat(rows(ok(get("chargebacks?caseId=" + caseId, "provider2"), 200).get("rows"))).isEmpty();
        assertThat(rows(ok(get("chargebacks?party=PROVIDER&partyId=" + PROVIDER_BJ, "provider2"), 200).get("rows")))
                .allSatisfy(r -> assertThat(id(r.get("providerId"))).isNotEqualTo(PROVIDER_BJ));

        HttpResponse<String> noReason = post("chargebacks/" + lineId + "/dispute", "provider", "{\"reason\":\" \"}");
        expect(noReason, 400);
        assertThat(rows(body(noReason).get("fields"))).extracting(f -> f.get("field")).containsExactly("reason");
        expect(post("chargebacks/" + lineId + "/dispute", "provider", "{\"reason\":\"照片\",\"version\":99}"), 409);
        Map<String, Object> disputed = ok(post("chargebacks/" + lineId + "/dispute", "provider",
                "{\"reason\":\"地面返潮，非安装原因\",\"version\":" + id(line.get("version")) + "}"), 200);
        assertThat(disputed.get("status")).isEqualTo("DISPUTED");
        expect(post("chargebacks/" + lineId + "/decision", "provider", "{\"uphold\":true,\"reason\":\"x\"}"), 403);

        Map<String, Object> decided = ok(post("chargebacks/" + lineId + "/decision", "supervisor",
                "{\"uphold\":false,\"reason\":\"照片显示伸缩缝不足\"}"), 200);
        assertThat(decided.get("status")).isEqualTo("CONFIRMED");
        assertThat(rows(ok(get("chargebacks?status=CONFIRMED&caseId=" + caseId, "supervisor"), 200).get("rows"))).hasSize(1);
        expect(get("chargebacks?status=NOPE", "supervisor"), 400);
    }

    @Test
    void aCaseJudgedTheOldWayReadsAsOneShareOfAHundredPercent() throws Exception {
        long caseId = returnedComplaint();
        ok(post("cases/" + caseId + "/judgement", "supervisor",
                "{\"responsibility\":\"INSTALLATION_QUALITY\",\"note\":\"伸缩缝不足\"}"), 200);
        assertThat(okList(get("cases/" + caseId + "/shares", "supervisor"), 200)).singleElement().satisfies(s -> {
            assertThat(s.get("party")).isEqualTo("PROVIDER");
            assertThat(decimal(s.get("sharePercent"))).isEqualByComparingTo("100");
        });
        assertThat(rows(ok(get("chargebacks?caseId=" + caseId, "supervisor"), 200).get("rows"))).isEmpty();
    }
}
