package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.it.api.JsonValues.id;
import static com.aftersales.crm.it.api.JsonValues.map;
import static com.aftersales.crm.it.api.JsonValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service cases and dispatch orders over REST, from outside, as the demo users: a complaint from the call to the
 * customer's acceptance, the clocks, the refused transitions, and who may see and do what.
 *
 * <p>Each test records its own customers (Beijing, dealer D-BJ-001 = id 1, installed by provider P-BJ-001 = id 1,
 * whose technicians are 1 SENIOR, 2 INTERMEDIATE, 3 JUNIOR, 4 TRAINEE in the demo data), so that it depends on no
 * demo case.
 */
@ExtendWith(ArquillianExtension.class)
class CaseApiIT extends CaseScenarios {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static List<Object> actions(Map<String, Object> view) {
        return rows(view.get("history")).stream().map(entry -> entry.get("action")).toList();
    }

    // --- The rules ----------------------------------------------------------------------------------------------

    @Test
    void aComplaintGoesFromCallToAcceptanceOverRestAndEveryStepIsAudited() throws Exception {
        long customerId = customer(false);

        HttpResponse<String> opened = openCase(customerId, "COMPLAINT", "");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long caseId = id(body(opened).get("id"));
        assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/cases/" + caseId));

        Map<String, Object> open = serviceCase(caseId);
        assertThat(open.get("status")).isEqualTo("OPEN");
        assertThat(open.get("suburban")).isEqualTo(false);
        assertThat(id(open.get("dealerId"))).isEqualTo(DEALER_BJ);
        assertThat((String) open.get("openedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+08:00");
        Instant openedAt = instant(open.get("openedAt"));
        assertThat(Duration.between(openedAt, instant(open.get("firstReplyDue")))).isEqualTo(Duration.ofHours(24));
        assertThat(Duration.between(openedAt, instant(open.get("onSiteDue")))).isEqualTo(Duration.ofHours(24));
        assertThat(map(open.get("sla")).get("state")).isEqualTo("RUNNING");

        LocalDateTime agreed = inThreeHours();
        HttpResponse<String> dispatch = post("cases/" + caseId + "/dispatch-orders", "agent",
                dispatchDraft(PROVIDER_BJ, agreed, SENIOR_BJ));
        assertThat(dispatch.statusCode()).as(dispatch.body()).isEqualTo(201);
        long orderId = id(body(dispatch).get("id"));
        assertThat(dispatch.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/dispatch-orders/" + orderId));
        Map<String, Object> sent = ok(get("dispatch-orders/" + orderId, "provider"), 200);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(id(sent.get("caseId"))).isEqualTo(caseId);
        // The time agreed on the phone is China time.
        assertThat(instant(sent.get("agreedVisitAt"))).isEqualTo(agreed.atZone(CHINA).toInstant());
        assertThat(serviceCase(caseId).get("status")).isEqualTo("DISPATCHED");

        assertThat(ok(post("dispatch-orders/" + orderId + "/accept", "provider", ""), 200).get("status")).isEqualTo("ACCEPTED");
        LocalDateTime later = agreed.plusHours(1);
        Map<String, Object> scheduled = ok(post("dispatch-orders/" + orderId + "/schedule", "provider",
                "{\"visitAt\":\"" + later + "\"}"), 200);
        assertThat(scheduled.get("status")).isEqualTo("SCHEDULED");
        assertThat(instant(scheduled.get("agreedVisitAt"))).isEqualTo(later.atZone(CHINA).toInstant());
        assertThat(ok(post("dispatch-orders/" + orderId + "/arrival", "provider", ""), 200).get("status")).isEqualTo("ON_SITE");
        assertThat(ok(post("dispatch-orders/" + orderId + "/completion", "provider", ""), 200).get("status")).isEqualTo("DONE");
        Map<String, Object> returned = ok(post("dispatch-orders/" + orderId + "/return", "provider",
                "{\"customerOpinion\":\"SATISFIED\",\"handling\":\"更换起拱地板3块，重新留伸缩缝\",\"materials\":\"地板3块\"}"), 200);
        assertThat(returned.get("status")).isEqualTo("RETURNED");
        assertThat(returned.get("customerOpinion")).isEqualTo("SATISFIED");

        Map<String, Object> back = serviceCase(caseId);
        assertThat(back.get("status")).isEqualTo("RETURNED");
        assertThat(back.get("firstRepliedAt")).isNotNull();
        assertThat(back.get("onSiteAt")).isNotNull();

        Map<String, Object> checked = ok(post("cases/" + caseId + "/check", "agent",
                "{\"accepted\":true,\"note\":\"回单完整\"}"), 200);
        assertThat(map(checked.get("case")).get("status")).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(rows(checked.get("orders"))).singleElement()
                .satisfies(order -> assertThat(order.get("checkedBy")).isEqualTo("agent"));

        // A complaint closes only once its responsibility is judged, and judging is the supervisors'.
        HttpResponse<String> tooEarly = post("cases/" + caseId + "/acceptance", "agent", "{\"note\":\"客户满意\"}");
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(400);
        assertThat(rows(body(tooEarly).get("fields"))).extracting(field -> field.get("field")).containsExactly("responsibility");
        assertThat(post("cases/" + caseId + "/judgement", "agent", "{\"responsibility\":\"INSTALLATION_QUALITY\"}")
                .statusCode()).isEqualTo(403);
        Map<String, Object> judged = map(ok(post("cases/" + caseId + "/judgement", "supervisor",
                "{\"responsibility\":\"INSTALLATION_QUALITY\",\"note\":\"伸缩缝不足\"}"), 200).get("case"));
        assertThat(judged.get("costBearer")).isEqualTo("PROVIDER");
        assertThat(judged.get("judgedBy")).isEqualTo("supervisor");

        // Judged, it still closes only on a follow-up call that finds the customer satisfied (FollowUpsIT).
        HttpResponse<String> unsurveyed = post("cases/" + caseId + "/acceptance", "agent", "{\"note\":\"客户满意\"}");
        assertThat(unsurveyed.statusCode()).as(unsurveyed.body()).isEqualTo(400);
        assertThat(rows(body(unsurveyed).get("fields"))).extracting(field -> field.get("field")).containsExactly("followUp");
        assertThat(serviceCase(caseId).get("status")).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(actions(ok(get("cases/" + caseId, "agent"), 200))).containsExactly("OPENED", "DISPATCHED",
                "ORDER_ACCEPTED", "ORDER_SCHEDULED", "ORDER_ON_SITE", "ORDER_DONE", "ORDER_RETURNED", "CHECKED", "JUDGED");
    }

    @Test
    void onSiteDeadlineIs72HoursForASuburbanCustomer() throws Exception {
        Map<String, Object> suburban = serviceCase(complaint(customer(true)));

        assertThat(suburban.get("suburban")).isEqualTo(true);
        Instant openedAt = instant(suburban.get("openedAt"));
        assertThat(Duration.between(openedAt, instant(suburban.get("onSiteDue")))).isEqualTo(Duration.ofHours(72));
        assertThat(Duration.between(openedAt, instant(suburban.get("firstReplyDue")))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void acceptingAnOrderTwiceIsAnIllegalTransition() throws Exception {
        long caseId = complaint(customer(false));
        long orderId = dispatched(caseId);
        ok(post("dispatch-orders/" + orderId + "/accept", "provider", ""), 200);

        HttpResponse<String> again = post("dispatch-orders/" + orderId + "/accept", "provider", "");

        assertThat(again.statusCode()).isEqualTo(409);
        Map<String, Object> error = body(again);
        assertThat(error.get("error")).isEqualTo("illegal_transition");
        assertThat(error.get("code")).isEqualTo("case.error.illegalTransition");
        assertThat(error.get("message")).isEqualTo("状态为“已接单”的派工单不能执行“接单”");
        assertThat(map(error.get("transition"))).containsEntry("subject", "order").containsEntry("from", "ACCEPTED")
                .containsEntry("action", "ACCEPT");
        assertThat(ok(get("dispatch-orders/" + orderId, "agent"), 200).get("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void closingAnOpenCaseIsAnIllegalTransition() throws Exception {
        long caseId = complaint(customer(false));

        HttpResponse<String> closing = post("cases/" + caseId + "/acceptance", "agent", "");

        assertThat(closing.statusCode()).isEqualTo(409);
        assertThat(body(closing).get("error")).isEqualTo("illegal_transition");
        assertThat(body(closing).get("message")).isEqualTo("状态为“待派工”的案件不能执行“客户接受，结案”");
        assertThat(serviceCase(caseId).get("status")).isEqualTo("OPEN");
        assertThat(actions(ok(get("cases/" + caseId, "agent"), 200))).containsExactly("OPENED");
    }

    @Test
    void anotherDealersCaseIsNotFoundWhateverIsAskedAndNotListed() throws Exception {
        long caseId = complaint(customer(false));

        HttpResponse<String> read = get("cases/" + caseId, "dealer2");
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(body(read).get("error")).isEqualTo("not_found");
        assertThat(read.body()).doesNotContain("起拱");
        assertThat(post("cases/" + caseId + "/acceptance", "dealer2", "{\"note\":\"越权\"}").statusCode()).isEqualTo(404);
        assertThat(post("cases/" + caseId + "/dispatch-orders", "dealer2", dispatchDraft(PROVIDER_BJ, inThreeHours(), SENIOR_BJ))
                .statusCode()).isEqualTo(404);
        Map<String, Object> otherList = ok(get("cases?stage=ALL&text=" + caseId, "dealer2"), 200);
        assertThat(otherList.get("count")).isEqualTo(0L);
        assertThat(rows(otherList.get("rows"))).isEmpty();

        // Its own dealer reads and lists it, but a dealer does not act on cases.
        assertThat(ok(get("cases/" + caseId, "dealer"), 200).get("case")).isNotNull();
        assertThat(rows(ok(get("cases?stage=ALL&text=" + caseId, "dealer"), 200).get("rows")))
                .extracting(row -> id(row.get("id"))).containsExactly(caseId);
        assertThat(post("cases/" + caseId + "/acceptance", "dealer", "{\"note\":\"越权\"}").statusCode()).isEqualTo(403);
        assertThat(serviceCase(caseId).get("status")).isEqualTo("OPEN");
    }

    @Test
    void aProviderCannotSeeOrAcceptAnotherProvidersOrder() throws Exception {
        long caseId = complaint(customer(false));
        long orderId = dispatched(caseId);

        assertThat(post("dispatch-orders/" + orderId + "/accept", "provider2", "").statusCode()).isEqualTo(404);
        assertThat(get("dispatch-orders/" + orderId, "provider2").statusCode()).isEqualTo(404);
        assertThat(get("cases/" + caseId, "provider2").statusCode()).isEqualTo(404);
        assertThat(rows(ok(get("dispatch-orders?max=200", "provider2"), 200).get("rows")))
                .noneMatch(order -> id(order.get("id")) == orderId);
        assertThat(ok(get("dispatch-orders/" + orderId, "agent"), 200).get("status")).isEqualTo("SENT");

        // The provider it was sent to lists it and sees the case; it may not cancel it (the service department's).
        assertThat(rows(ok(get("dispatch-orders?status=SENT&max=200", "provider"), 200).get("rows")))
                .anyMatch(order -> id(order.get("id")) == orderId);
        assertThat(ok(get("cases/" + caseId, "provider"), 200).get("case")).isNotNull();
        assertThat(post("dispatch-orders/" + orderId + "/cancel", "provider", "{\"note\":\"不去了\"}").statusCode()).isEqualTo(403);

        // The service department withdraws it, giving the reason; the case waits for another dispatch.
        HttpResponse<String> noReason = post("dispatch-orders/" + orderId + "/cancel", "agent", "{}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(rows(body(noReason).get("fields"))).extracting(field -> field.get("field")).containsExactly("note");
        assertThat(ok(post("dispatch-orders/" + orderId + "/cancel", "agent", "{\"note\":\"客户改期\"}"), 200).get("status"))
                .isEqualTo("CANCELLED");
        assertThat(serviceCase(caseId).get("status")).isEqualTo("OPEN");
    }

    @Test
    void managementAndDealersAreRefusedWhatIsNotTheirs() throws Exception {
        long caseId = complaint(customer(false));

        assertThat(get("cases", "manager").statusCode()).isEqualTo(403);
        assertThat(body(get("cases", "manager")).get("error")).isEqualTo("forbidden");
        assertThat(get("cases/" + caseId, "manager").statusCode()).isEqualTo(403);
        assertThat(get("cases", "info").statusCode()).isEqualTo(403);
        assertThat(get("dispatch-orders", "manager").statusCode()).isEqualTo(403);
        assertThat(get("dispatch-orders", "dealer").statusCode()).isEqualTo(403);
        assertThat(post("cases", "dealer", "{\"customerId\":7,\"type\":\"COMPLAINT\",\"customerWords\":\"越权\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aJuniorTechnicianAloneIsRefusedNamingTechnicianIds() throws Exception {
        long caseId = complaint(customer(false));

        HttpResponse<String> refused = post("cases/" + caseId + "/dispatch-orders", "agent",
                dispatchDraft(PROVIDER_BJ, inThreeHours(), JUNIOR_BJ));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(rows(body(refused).get("fields"))).singleElement().satisfies(field -> {
            assertThat(field.get("field")).isEqualTo("technicianIds");
            assertThat(field.get("code")).isEqualTo("technician.error.learnerAlone");
            assertThat(field.get("message")).isEqualTo("见习或初级服务师不能单独派出，须由中级或高级服务师带领");
        });
        Map<String, Object> view = ok(get("cases/" + caseId, "agent"), 200);
        assertThat(map(view.get("case")).get("status")).isEqualTo("OPEN");
        assertThat(rows(view.get("orders"))).isEmpty();
    }

    @Test
    void aRepairCaseCannotBeDispatchedAsAnythingButARepair() throws Exception {
        long caseId = id(ok(openCase(customer(false), "REPAIR", ""), 201).get("id"));
        String draft = dispatchDraft(PROVIDER_BJ, inThreeHours(), SENIOR_BJ, JUNIOR_BJ);

        HttpResponse<String> unticked = post("cases/" + caseId + "/dispatch-orders", "agent",
                draft.replace("{", "{\"repair\":false,"));

        assertThat(unticked.statusCode()).as(unticked.body()).isEqualTo(400);
        assertThat(rows(body(unticked).get("fields"))).extracting(field -> field.get("field")).containsExactly("repair");
        assertThat(rows(ok(get("cases/" + caseId, "agent"), 200).get("orders"))).isEmpty();
        // Sent without saying, it is a repair, so the junior may not go along.
        HttpResponse<String> withJunior = post("cases/" + caseId + "/dispatch-orders", "agent", draft);
        assertThat(withJunior.statusCode()).as(withJunior.body()).isEqualTo(400);
        assertThat(rows(body(withJunior).get("fields"))).extracting(field -> field.get("field")).containsExactly("technicianIds");
        long orderId = id(ok(post("cases/" + caseId + "/dispatch-orders", "agent",
                dispatchDraft(PROVIDER_BJ, inThreeHours(), SENIOR_BJ)), 201).get("id"));
        assertThat(ok(get("dispatch-orders/" + orderId, "agent"), 200).get("repair")).isEqualTo(true);
    }

    @Test
    void aConsultationWithAnAnswerIsClosedAtOnceWithoutClocks() throws Exception {
        HttpResponse<String> opened = openCase(customer(false), "CONSULTATION",
                ",\"answer\":\"实木多层地板日常用微湿拖把清洁即可\"");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

        Map<String, Object> view = ok(get("cases/" + id(body(opened).get("id")), "agent"), 200);
        Map<String, Object> consultation = map(view.get("case"));
        assertThat(consultation.get("status")).isEqualTo("CLOSED");
        assertThat(consultation.get("answer")).isEqualTo("实木多层地板日常用微湿拖把清洁即可");
        assertThat(consultation).doesNotContainKey("firstReplyDue");
        assertThat(map(consultation.get("sla")).get("state")).isEqualTo("NONE");
        assertThat(actions(view)).containsExactly("OPENED", "ANSWERED");
    }

    @Test
    void anIncompleteCallIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> refused = post("cases", "agent", "{\"customerId\":" + customer(false)
                + ",\"type\":\"COMPLAINT\",\"customerWords\":\" \"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(rows(body(refused).get("fields"))).extracting(field -> field.get("field")).contains("customerWords");
    }

    @Test
    void theServiceDepartmentRecordsTheProvidersStepsAndACustomerNotSatisfiedSendsTheCaseBack() throws Exception {
        long caseId = id(ok(openCase(customer(false), "REPAIR", ""), 201).get("id"));
        long orderId = dispatched(caseId);
        String order = "dispatch-orders/" + orderId;
        Instant agreed = instant(ok(get(order, "agent"), 200).get("agreedVisitAt"));

        // A technician phones in: the agent records each step; a visit confirmed without a new time keeps the agreed one.
        ok(postNothing(order + "/accept", "agent"), 200);
        Map<String, Object> scheduled = ok(postNothing(order + "/schedule", "agent"), 200);
        assertThat(scheduled.get("status")).isEqualTo("SCHEDULED");
        assertThat(instant(scheduled.get("agreedVisitAt"))).isEqualTo(agreed);
        ok(post(order + "/arrival", "agent", ""), 200);
        ok(post(order + "/completion", "agent", ""), 200);
        HttpResponse<String> noHandling = post(order + "/return", "agent", "{\"customerOpinion\":\"ACCEPTABLE\"}");
        assertThat(noHandling.statusCode()).as(noHandling.body()).isEqualTo(400);
        assertThat(rows(body(noHandling).get("fields"))).extracting(field -> field.get("field")).contains("handling");
        ok(post(order + "/return", "agent", "{\"customerOpinion\":\"ACCEPTABLE\",\"handling\":\"更换地板2块\"}"), 200);
        Map<String, Object> checked = ok(post(order + "/check", "agent", "{\"accepted\":true}"), 200);
        assertThat(checked.get("checkedBy")).isEqualTo("agent");
        assertThat(serviceCase(caseId).get("status")).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(post(order + "/check", "agent", "{\"accepted\":true}").statusCode()).isEqualTo(409);

        HttpResponse<String> noReason = post("cases/" + caseId + "/rejection", "agent", "{\"note\":\" \"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(rows(body(noReason).get("fields"))).extracting(field -> field.get("field")).containsExactly("note");
        Map<String, Object> back = ok(post("cases/" + caseId + "/rejection", "agent", "{\"note\":\"客户说还有异响\"}"), 200);
        assertThat(map(back.get("case")).get("status")).isEqualTo("OPEN");
        assertThat(actions(back)).endsWith("CHECKED", "CUSTOMER_NOT_SATISFIED");
        assertThat(rows(back.get("history"))).last().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo("agent");
            assertThat(entry.get("note")).isEqualTo("客户说还有异响");
        });
    }

    @Test
    void aClosedCaseReopensOnlyWithAReason() throws Exception {
        long caseId = id(ok(openCase(customer(false), "CONSULTATION", ",\"answer\":\"可以\""), 201).get("id"));

        HttpResponse<String> noReason = post("cases/" + caseId + "/reopen", "agent", "");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(rows(body(noReason).get("fields"))).extracting(field -> field.get("field")).containsExactly("note");
        Map<String, Object> reopened = map(ok(post("cases/" + caseId + "/reopen", "agent", "{\"note\":\"客户又来电\"}"), 200)
                .get("case"));
        assertThat(reopened.get("status")).isEqualTo("OPEN");
        assertThat(reopened.get("reopenCount")).isEqualTo(1L);
        assertThat(post("cases/" + caseId + "/reopen", "agent", "{\"note\":\"再开\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void aBodyThatIsNotTheExpectedJsonIsABadRequest() throws Exception {
        long customerId = customer(false);

        HttpResponse<String> unknownType = post("cases", "agent", "{\"customerId\":" + customerId
                + ",\"type\":\"GRIPE\",\"customerWords\":\"地板响\"}");
        HttpResponse<String> notANumber = post("cases", "agent", "{\"customerId\":\"七\",\"type\":\"COMPLAINT\","
                + "\"customerWords\":\"地板响\"}");
        HttpResponse<String> broken = post("cases", "agent", "{\"customerId\":");

        assertThat(unknownType.statusCode()).as(unknownType.body()).isEqualTo(400);
        assertThat(body(unknownType).get("error")).isEqualTo("invalid");
        assertThat(notANumber.statusCode()).as(notANumber.body()).isEqualTo(400);
        assertThat(rows(body(notANumber).get("fields"))).extracting(field -> field.get("field")).containsExactly("customerId");
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
        assertThat(ok(get("cases?stage=ALL&customerId=" + customerId, "agent"), 200).get("count")).isEqualTo(0L);
    }

    @Test
    void theCaseListFiltersByCustomerAndStageAndRefusesAnOversizedPage() throws Exception {
        long customerId = customer(false);
        long complaint = complaint(customerId);
        long consultation = id(ok(openCase(customerId, "CONSULTATION", ",\"answer\":\"可以\""), 201).get("id"));

        Map<String, Object> open = ok(get("cases?customerId=" + customerId, "agent"), 200);
        Map<String, Object> all = ok(get("cases?stage=ALL&customerId=" + customerId + "&sort=id&asc=true", "agent"), 200);
        Map<String, Object> closed = ok(get("cases?stage=CLOSED&type=CONSULTATION&customerId=" + customerId, "agent"), 200);

        assertThat(rows(open.get("rows"))).extracting(row -> id(row.get("id"))).containsExactly(complaint);
        assertThat(all.get("count")).isEqualTo(2L);
        assertThat(all.get("capped")).isEqualTo(false);
        assertThat(rows(all.get("rows"))).extracting(row -> id(row.get("id"))).containsExactly(complaint, consultation);
        assertThat(rows(closed.get("rows"))).extracting(row -> id(row.get("id"))).containsExactly(consultation);
        HttpResponse<String> oversized = get("cases?max=201", "agent");
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(rows(body(oversized).get("fields"))).extracting(field -> field.get("field")).containsExactly("max");
        HttpResponse<String> unknownStage = get("cases?stage=SOON", "agent");
        assertThat(unknownStage.statusCode()).isEqualTo(400);
        assertThat(rows(body(unknownStage).get("fields"))).extracting(field -> field.get("field")).containsExactly("stage");
    }

    @Test
    void openApiDocumentDescribesCasesAndDispatchOrders() throws Exception {
        HttpResponse<String> response = get("openapi.json", "agent");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/cases/{id}/dispatch-orders").contains("/cases/{id}/judgement")
                .contains("/dispatch-orders/{id}/return");
        // The document names the case page's parts as the JSON does.
        Map<String, Object> schemas = map(map(body(response).get("components")).get("schemas"));
        assertThat(map(map(schemas.get("CaseView")).get("properties"))).containsKeys("case", "history", "orders");
    }
}
