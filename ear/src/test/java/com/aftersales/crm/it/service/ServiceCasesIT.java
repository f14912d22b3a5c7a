package com.aftersales.crm.it.service;

import com.aftersales.crm.dispatch.boundary.DispatchDraft;
import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.dispatch.entity.OrderFilter;
import com.aftersales.crm.dispatch.boundary.ReturnDraft;
import com.aftersales.crm.dispatch.entity.CustomerOpinion;
import com.aftersales.crm.followup.boundary.FollowUps;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.policy.boundary.PolicyAdministration;
import com.aftersales.crm.policy.boundary.PolicyDraft;
import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.boundary.CaseDraft;
import com.aftersales.crm.servicecase.entity.CaseFilter;
import com.aftersales.crm.servicecase.entity.HistoryEntry;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.entity.SlaBadge;
import com.aftersales.crm.servicecase.boundary.SlaWatch;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.servicecase.entity.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.survey.boundary.Surveys;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hotline intake, dispatch, SLA clocks and the case life cycle, against the real database in the real server. */
@ExtendWith(ArquillianExtension.class)
class ServiceCasesIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ServiceCasesIT.class.getPackage());
    }

    @Inject
    ServiceCases cases;

    @Inject
    DispatchOrders orders;

    @Inject
    SlaWatch watch;

    @Inject
    FollowUps followUps;

    @Inject
    Surveys surveys;

    @Inject
    PolicyAdministration policies;

    @Inject
    Sql sql;

    private long number(String query, Object... parameters) {
        return ((Number) sql.value(query, parameters)).longValue();
    }

    /** A live customer with an installation by the given provider, urban or suburban. */
    private long customer(long providerId, boolean suburban) {
        return number("""
                select c.id from customer c join installation_archive i on i.customer_id = c.id
                where i.provider_id = ? and c.suburban = ? and c.merged_into_id is null order by c.id limit 1""",
                providerId, suburban);
    }

    private long technician(long providerId, String level) {
        return number("select id from technician where provider_id = ? and certificate_level = ? and active limit 1",
                providerId, level);
    }

    private static CaseDraft call(long customerId, CaseType type, Severity severity) {
        CaseDraft draft = new CaseDraft();
        draft.setCustomerId(customerId);
        draft.setType(type);
        draft.setSeverity(severity);
        draft.setCallerPhone("13912345678");
        draft.setCustomerWords("客厅地板起拱，靠近阳台的几块翘起来了");
        return draft;
    }

    private long open(long customerId, CaseType type, Severity severity) throws Exception {
        return RunAs.role(Role.AGENT, () -> cases.open(call(customerId, type, severity)));
    }

    private static DispatchDraft dispatch(long providerId, Long... technicians) {
        DispatchDraft draft = new DispatchDraft();
        draft.setProviderId(providerId);
        draft.setTechnicianIds(List.of(technicians));
        draft.setAgreedVisitAt(LocalDateTime.now(CHINA).plusHours(3).truncatedTo(ChronoUnit.MINUTES));
        draft.setInstructions("带好防潮膜");
        return draft;
    }

    private static UserPrincipal providerUser(long providerId) {
        return new UserPrincipal(-1, "test-provider-" + providerId, "服务商", Set.of(Role.PROVIDER), null, providerId, "zh_CN");
    }

    private static UserPrincipal dealerUser(long dealerId) {
        return new UserPrincipal(-1, "test-dealer-" + dealerId, "经销商", Set.of(Role.DEALER), dealerId, null, "zh_CN");
    }

    private CaseDetail detail(long caseId) throws Exception {
        return RunAs.role(Role.AGENT, () -> cases.detail(caseId));
    }

    @Test
    void onSiteDeadlineIs72HoursForSuburbanCustomersAnd24ForUrbanOnes() throws Exception {
        CaseDetail suburban = detail(open(customer(1, true), CaseType.COMPLAINT, Severity.NORMAL));
        CaseDetail urban = detail(open(customer(1, false), CaseType.COMPLAINT, Severity.NORMAL));

        assertThat(Duration.between(suburban.openedAt(), suburban.onSiteDue())).isEqualTo(Duration.ofHours(72));
        assertThat(Duration.between(urban.openedAt(), urban.onSiteDue())).isEqualTo(Duration.ofHours(24));
        assertThat(Duration.between(urban.openedAt(), urban.firstReplyDue())).isEqualTo(Duration.ofHours(24));
        assertThat(sql.value("select policy_key from policy_value where id = ?", suburban.onSitePolicyId()))
                .isEqualTo("sla.on-site.suburban");
        assertThat(suburban.sla().state()).isEqualTo(SlaBadge.State.RUNNING);
        assertThat(suburban.sla().clock()).isEqualTo("FIRST_REPLY");
    }

    @Test
    void majorSeverityEscalatesAtOnceWithAnImmediateVisit() throws Exception {
        long caseId = open(customer(1, true), CaseType.COMPLAINT, Severity.MAJOR);
        CaseDetail major = detail(caseId);

        assertThat(major.escalatedAt()).isEqualTo(major.openedAt());
        assertThat(sql.value("select policy_key from policy_value where id = ?", major.onSitePolicyId()))
                .isEqualTo("sla.on-site.major");
        assertThat(Duration.between(major.openedAt(), major.onSiteDue())).isLessThan(Duration.ofHours(24));
        assertThat(number("select count(*) from case_escalation where case_id = ? and reason = 'MAJOR'", caseId)).isOne();
        assertThat(RunAs.role(Role.SUPERVISOR, () -> cases.openEscalations(200)))
                .anyMatch(e -> e.caseId() == caseId && e.reason().equals("MAJOR"));
        assertThat(RunAs.role(Role.AGENT, () -> cases.history(caseId))).extracting(HistoryEntry::action)
                .containsExactly("OPENED", "ESCALATED");
    }

    @Test
    void aConsultationAnsweredOnThePhoneClosesAtOnceWithoutClocks() throws Exception {
        CaseDraft draft = call(customer(1, false), CaseType.CONSULTATION, Severity.NORMAL);
        draft.setAnswer("实木多层地板日常用微湿拖把清洁即可，不要用水冲洗");
        long caseId = RunAs.role(Role.AGENT, () -> cases.open(draft));

        CaseDetail consultation = detail(caseId);
        assertThat(consultation.status()).isEqualTo("CLOSED");
        assertThat(consultation.firstReplyDue()).isNull();
        assertThat(consultation.sla().state()).isEqualTo(SlaBadge.State.NONE);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, dispatch(1, technician(1, "SENIOR")))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.consultationNotDispatched"));
    }

    @Test
    void aJuniorTechnicianCannotBeDispatchedAloneNorOnARepair() throws Exception {
        long complaint = open(customer(1, false), CaseType.COMPLAINT, Severity.NORMAL);
        long junior = technician(1, "JUNIOR");
        long senior = technician(1, "SENIOR");

        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> orders.dispatch(complaint, dispatch(1, junior))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.error.learnerAlone"));
        long repair = open(customer(1, false), CaseType.REPAIR, Severity.NORMAL);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> orders.dispatch(repair, dispatch(1, senior, junior))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.error.learnerOnRepair"));
        // With a senior, a junior may go on a complaint visit; the case is then dispatched.
        RunAs.role(Role.AGENT, () -> orders.dispatch(complaint, dispatch(1, senior, junior)));
        assertThat(detail(complaint).status()).isEqualTo("DISPATCHED");
        assertThat(detail(repair).status()).isEqualTo("OPEN");
    }

    @Test
    void aRepairCasesOrderIsARepairWhateverTheDraftSaysAndOnlyStricterOtherwise() throws Exception {
        long repair = open(customer(1, false), CaseType.REPAIR, Severity.NORMAL);
        long junior = technician(1, "JUNIOR");
        long senior = technician(1, "SENIOR");

        DispatchDraft unticked = dispatch(1, senior, junior);
        unticked.setRepair(false);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> orders.dispatch(repair, unticked)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("repair");
                    assertThat(e.messageKey()).isEqualTo("dispatch.error.repairCaseIsRepair");
                });
        DispatchDraft alsoUnticked = dispatch(1, senior);
        alsoUnticked.setRepair(false);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> orders.dispatch(repair, alsoUnticked)))
                .isInstanceOf(InvalidInput.class);
        assertThat(detail(repair).status()).isEqualTo("OPEN");
        long orderId = RunAs.role(Role.AGENT, () -> orders.dispatch(repair, dispatch(1, senior)));
        assertThat(RunAs.role(Role.AGENT, () -> orders.detail(orderId)).repair()).isTrue();

        // On a complaint the agent may make the visit a repair, and the repair's crew rule then holds.
        long complaint = open(customer(1, false), CaseType.COMPLAINT, Severity.NORMAL);
        DispatchDraft stricter = dispatch(1, senior, junior);
        stricter.setRepair(true);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> orders.dispatch(complaint, stricter)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.error.learnerOnRepair"));
        long complaintOrder = RunAs.role(Role.AGENT, () -> orders.dispatch(complaint, dispatch(1, senior, junior)));
        assertThat(RunAs.role(Role.AGENT, () -> orders.detail(complaintOrder)).repair()).isFalse();
    }

    @Test
    void aComplaintGoesFromCallToAcceptanceAndEveryStepIsAudited() throws Exception {
        long providerId = 1;
        long customerId = customer(providerId, false);
        long caseId = open(customerId, CaseType.COMPLAINT, Severity.NORMAL);
        long orderId = RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, dispatch(providerId, technician(providerId, "SENIOR"))));
        UserPrincipal provider = providerUser(providerId);

        RunAs.user(provider, () -> {
            orders.accept(orderId);
            orders.schedule(orderId, null);
            orders.arrive(orderId);
            orders.complete(orderId);
            ReturnDraft returned = new ReturnDraft();
            returned.setCustomerOpinion(CustomerOpinion.SATISFIED);
            returned.setHandling("更换起拱地板3块，重新留伸缩缝");
            returned.setMaterials("地板3块、踢脚线1根");
            orders.returnOrder(orderId, returned);
            return null;
        });
        CaseDetail returned = detail(caseId);
        assertThat(returned.status()).isEqualTo("RETURNED");
        assertThat(returned.firstRepliedAt()).isNotNull();
        assertThat(returned.onSiteAt()).isNotNull();
        assertThat(returned.sla().state()).isEqualTo(SlaBadge.State.MET);
        assertThat(RunAs.role(Role.AGENT, () -> orders.detail(orderId)).punctual()).isFalse(); // arrived 3 h early

        RunAs.role(Role.AGENT, () -> orders.check(orderId, true, "回单完整"));
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> cases.customerAccepted(caseId, "客户满意")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("responsibility"));
        RunAs.role(Role.SUPERVISOR, () -> cases.judge(caseId, Responsibility.INSTALLATION_QUALITY, null, "伸缩缝不足"));
        // Judged, a complaint still closes only when a follow-up call finds the customer satisfied.
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> cases.customerAccepted(caseId, "客户满意")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("followUp"));
        long followUpId = number("select id from follow_up where case_id = ? and kind = 'COMPLAINT'", caseId);
        RunAs.role(Role.AGENT, () -> {
            followUps.take(followUpId);
            followUps.survey(followUpId, surveys.published().id(), SurveyAnswers.withOverall(surveys.published(), 5), "");
        });

        CaseDetail closed = detail(caseId);
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.costBearer()).isEqualTo("PROVIDER");
        assertThat(RunAs.role(Role.AGENT, () -> cases.history(caseId))).extracting(HistoryEntry::action).containsExactly(
                "OPENED", "DISPATCHED", "ORDER_ACCEPTED", "ORDER_SCHEDULED", "ORDER_ON_SITE", "ORDER_DONE", "ORDER_RETURNED",
                "CHECKED", "JUDGED", "FOLLOW_UP_SATISFIED");
        assertThat(sql.rows("select kind from customer_event where customer_id = ? and ref_type = 'CASE' and ref_id = ?",
                customerId, caseId)).hasSize(10);

        // Reopened with a reason, it waits for dispatch again.
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> cases.reopen(caseId, " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("note"));
        RunAs.role(Role.AGENT, () -> cases.reopen(caseId, "客户反映又起拱"));
        CaseDetail reopened = detail(caseId);
        assertThat(reopened.status()).isEqualTo("OPEN");
        assertThat(reopened.reopenCount()).isOne();
        assertThat(reopened.firstRepliedAt()).as("a reopened case runs new clocks").isNull();
        assertThat(reopened.firstReplyDue()).isAfter(closed.firstReplyDue());
        assertThat(reopened.sla().state()).isEqualTo(SlaBadge.State.RUNNING);
    }

    @Test
    void illegalTransitionsAreRefused() throws Exception {
        long caseId = open(customer(1, false), CaseType.COMPLAINT, Severity.NORMAL);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> cases.customerAccepted(caseId, "")))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.from()).isEqualTo("OPEN");
                    assertThat(e.action()).isEqualTo("CUSTOMER_ACCEPTED");
                });
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> cases.reopen(caseId, "again")))
                .isInstanceOf(IllegalTransition.class);
        long orderId = RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, dispatch(1, technician(1, "SENIOR"))));
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, dispatch(1, technician(1, "SENIOR")))))
                .isInstanceOf(IllegalTransition.class);
        RunAs.user(providerUser(1), () -> {
            orders.accept(orderId);
            return null;
        });
        assertThatThrownBy(() -> RunAs.user(providerUser(1), () -> {
            orders.accept(orderId);
            return null;
        })).isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.from()).isEqualTo("ACCEPTED"));
        assertThatThrownBy(() -> RunAs.user(providerUser(1), () -> {
            orders.complete(orderId);
            return null;
        })).isInstanceOf(IllegalTransition.class);
        assertThat(detail(caseId).status()).isEqualTo("DISPATCHED");
    }

    @Test
    void aDealerCannotReadOrChangeAnotherDealersCaseAndAProviderOnlyItsOwnOrders() throws Exception {
        long customerId = customer(1, false);
        long caseId = open(customerId, CaseType.COMPLAINT, Severity.NORMAL);
        long ownDealer = number("select dealer_id from service_case where id = ?", caseId);
        long otherDealer = number("select min(id) from dealer where id <> ?", ownDealer);

        assertThat(RunAs.user(dealerUser(ownDealer), () -> cases.detail(caseId)).id()).isEqualTo(caseId);
        assertThatThrownBy(() -> RunAs.user(dealerUser(otherDealer), () -> cases.detail(caseId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(dealerUser(otherDealer), () -> cases.history(caseId))).isInstanceOf(NotFound.class);
        CaseFilter all = new CaseFilter();
        all.setStage(CaseFilter.Stage.ALL);
        all.setText(Long.toString(caseId));
        assertThat(RunAs.user(dealerUser(otherDealer), () -> cases.list(all, 0, 20, null, false))).isEmpty();
        assertThat(RunAs.user(dealerUser(ownDealer), () -> cases.list(all, 0, 20, null, false))).hasSize(1);

        long orderId = RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, dispatch(1, technician(1, "SENIOR"))));
        assertThatThrownBy(() -> RunAs.user(providerUser(2), () -> {
            orders.accept(orderId);
            return null;
        })).isInstanceOf(NotFound.class);
        assertThat(RunAs.user(providerUser(2), () -> orders.list(new OrderFilter(), 0, 200)))
                .noneMatch(order -> order.id() == orderId);
        assertThat(RunAs.user(providerUser(1), () -> orders.list(new OrderFilter(), 0, 200)))
                .anyMatch(order -> order.id() == orderId);
        assertThat(RunAs.user(dealerUser(ownDealer), () -> orders.forCase(caseId))).hasSize(1);
        assertThatThrownBy(() -> RunAs.user(dealerUser(ownDealer), () -> {
            orders.accept(orderId);
            return null;
        })).isInstanceOf(NotFound.class);
    }

    @Test
    void aBreachIsRecordedOnceAgainstTheProviderEvenIfTheWatchFiresTwice() throws Exception {
        long caseId = open(customer(1, false), CaseType.REPAIR, Severity.NORMAL);
        RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, dispatch(1, technician(1, "SENIOR"))));
        // The first reply was due an hour ago, the visit is still in time.
        sql.update("update service_case set first_reply_due = now() - interval '1 hour' where id = ?", caseId);

        watch.detect();
        watch.detect();

        assertThat(sql.rows("select clock, provider_id from sla_breach where case_id = ?", caseId))
                .singleElement().satisfies(row -> {
                    assertThat(row[0]).isEqualTo("FIRST_REPLY");
                    assertThat(((Number) row[1]).longValue()).isEqualTo(1L);
                });
        assertThat(number("select count(*) from case_escalation where case_id = ? and reason = 'FIRST_REPLY_BREACH'", caseId)).isOne();
        assertThat(number("select count(*) from case_history where case_id = ? and action = 'FIRST_REPLY_BREACHED'", caseId)).isOne();
        CaseDetail breached = detail(caseId);
        assertThat(breached.escalatedAt()).isNotNull();
        assertThat(breached.sla().state()).isEqualTo(SlaBadge.State.OVERDUE);
        CaseFilter overdue = new CaseFilter();
        overdue.setOverdueOnly(true);
        overdue.setText(Long.toString(caseId));
        assertThat(RunAs.role(Role.AGENT, () -> cases.list(overdue, 0, 20, null, false))).hasSize(1);
    }

    @Test
    void aPolicyChangeAppliesToCasesOpenedAfterItAndOldCasesKeepTheirDeadlines() throws Exception {
        long customerId = customer(1, true);
        CaseDetail before = detail(open(customerId, CaseType.MAINTENANCE, Severity.NORMAL));
        PolicyDraft faster = new PolicyDraft();
        faster.setKey("sla.on-site.suburban");
        faster.setCaseType(CaseType.MAINTENANCE);
        faster.setValue("48");
        faster.setUnit(PolicyValue.Unit.HOURS);
        faster.setNote("保养类郊县48小时");
        long versionId = RunAs.role(Role.ADMIN, () -> policies.addVersion(faster));

        CaseDetail after = detail(open(customerId, CaseType.MAINTENANCE, Severity.NORMAL));
        CaseDetail complaint = detail(open(customerId, CaseType.COMPLAINT, Severity.NORMAL));

        assertThat(Duration.between(after.openedAt(), after.onSiteDue())).isEqualTo(Duration.ofHours(48));
        assertThat(after.onSitePolicyId()).isEqualTo(versionId);
        assertThat(Duration.between(complaint.openedAt(), complaint.onSiteDue())).isEqualTo(Duration.ofHours(72));
        assertThat(Duration.between(before.openedAt(), detail(before.id()).onSiteDue())).isEqualTo(Duration.ofHours(72));
    }
}
