package com.aftersales.crm.it.service;

import com.aftersales.crm.dispatch.boundary.DispatchDraft;
import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.dispatch.boundary.ReturnDraft;
import com.aftersales.crm.dispatch.entity.CustomerOpinion;
import com.aftersales.crm.followup.boundary.CallSheet;
import com.aftersales.crm.followup.boundary.FollowUpReports;
import com.aftersales.crm.followup.boundary.FollowUpWatch;
import com.aftersales.crm.followup.boundary.FollowUps;
import com.aftersales.crm.followup.boundary.ItemDetail;
import com.aftersales.crm.followup.boundary.UnsatisfiedItems;
import com.aftersales.crm.followup.control.RetrySchedule;
import com.aftersales.crm.followup.entity.CallOutcome;
import com.aftersales.crm.followup.entity.Coverage;
import com.aftersales.crm.followup.entity.ItemStatus;
import com.aftersales.crm.installation.boundary.InstallationDraft;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.servicecase.boundary.CaseDraft;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.survey.boundary.QuestionDraft;
import com.aftersales.crm.survey.boundary.SurveyResult;
import com.aftersales.crm.survey.boundary.SurveyTemplates;
import com.aftersales.crm.survey.boundary.Surveys;
import com.aftersales.crm.survey.boundary.TemplateView;
import com.aftersales.crm.survey.entity.QuestionKind;
import com.aftersales.crm.survey.entity.TemplateStatus;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Follow-up calls, surveys and the unsatisfied-customer loop, against the real database in the real server. */
@ExtendWith(ArquillianExtension.class)
class FollowUpsIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FollowUpsIT.class.getPackage());
    }

    @Inject
    FollowUps followUps;

    @Inject
    UnsatisfiedItems items;

    @Inject
    FollowUpWatch watch;

    @Inject
    Surveys surveys;

    @Inject
    SurveyTemplates templates;

    @Inject
    Installations installations;

    @Inject
    ServiceCases cases;

    @Inject
    DispatchOrders orders;

    @Inject
    FollowUpReports reports;

    @Inject
    Sql sql;

    private long number(String query, Object... parameters) {
        return ((Number) sql.value(query, parameters)).longValue();
    }

    private Instant instant(String query, Object... parameters) {
        Object value = sql.value(query, parameters);
        return value instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }

    private static UserPrincipal agent(String name) {
        return new UserPrincipal(-1, name, "坐席", Set.of(Role.AGENT), null, null, "zh_CN");
    }

    private static UserPrincipal provider(long providerId) {
        return new UserPrincipal(-1, "test-provider-" + providerId, "服务商", Set.of(Role.PROVIDER), null, providerId, "zh_CN");
    }

    private long customerOf(long providerId) {
        return number("""
                select c.id from customer c join installation_archive i on i.customer_id = c.id
                where i.provider_id = ? and c.merged_into_id is null order by c.id limit 1""", providerId);
    }

    /** Records an installation by provider 1, accepted on the given day; returns its id. */
    private long installation(LocalDate installedOn, LocalDate acceptedOn) throws Exception {
        InstallationDraft draft = new InstallationDraft();
        draft.setDealerId(1L);
        draft.setProviderId(1L);
        draft.setMethod(InstallationMethod.FLOATING);
        draft.setInstalledOn(installedOn);
        draft.setAcceptedOn(acceptedOn);
        draft.setTechnicianIds(Set.of(number("select id from technician where provider_id = 1 and certificate_level = 'SENIOR' and active limit 1")));
        InstallationDraft.Line line = new InstallationDraft.Line();
        line.setProductId(number("select id from product where code = 'BZB-XZMD-910'"));
        line.setQuantityM2(new BigDecimal("42.0"));
        line.setUnitPrice(new BigDecimal("298"));
        draft.setLines(List.of(line));
        return RunAs.role(Role.AGENT, () -> installations.record(customerOf(1), draft));
    }

    private long followUpOf(String column, long id) {
        return number("select id from follow_up where " + column + " = ? order by id desc limit 1", id);
    }

    private SurveyResult survey(String agent, long followUpId, int overall) throws Exception {
        return RunAs.user(agent(agent), () -> {
            followUps.take(followUpId);
            TemplateView template = surveys.published();
            return followUps.survey(followUpId, template.id(), SurveyAnswers.withOverall(template, overall), "回访记录");
        });
    }

    /** A complaint by provider 1's customer, dispatched, done, returned and checked: it waits for the customer. */
    private long handledComplaint() throws Exception {
        CaseDraft draft = new CaseDraft();
        draft.setCustomerId(customerOf(1));
        draft.setType(CaseType.COMPLAINT);
        draft.setSeverity(Severity.NORMAL);
        draft.setCustomerWords("卧室地板有异响");
        long caseId = RunAs.role(Role.AGENT, () -> cases.open(draft));
        DispatchDraft dispatch = new DispatchDraft();
        dispatch.setProviderId(1L);
        dispatch.setTechnicianIds(List.of(number("select id from technician where provider_id = 1 and certificate_level = 'SENIOR' and active limit 1")));
        dispatch.setAgreedVisitAt(LocalDateTime.now(CHINA).plusHours(1).truncatedTo(ChronoUnit.MINUTES));
        long orderId = RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, dispatch));
        RunAs.user(provider(1), () -> {
            orders.accept(orderId);
            orders.schedule(orderId, null);
            orders.arrive(orderId);
            orders.complete(orderId);
            ReturnDraft returned = new ReturnDraft();
            returned.setCustomerOpinion(CustomerOpinion.SATISFIED);
            returned.setHandling("紧固龙骨，消除异响");
            orders.returnOrder(orderId, returned);
            return null;
        });
        RunAs.role(Role.AGENT, () -> orders.check(orderId, true, "回单完整"));
        return caseId;
    }

    @Test
    void anInstallationIsCalledBackWithinSevenDaysOfItsAcceptance() throws Exception {
        LocalDate accepted = LocalDate.now(CHINA).minusDays(2);
        long installationId = installation(accepted.minusDays(3), accepted);

        long followUpId = followUpOf("installation_id", installationId);
        assertThat(sql.value("select kind from follow_up where id = ?", followUpId)).isEqualTo("INSTALLATION");
        // Accepted on day D: the call is due by the end of D + 7, Beijing time.
        assertThat(instant("select due_at from follow_up where id = ?", followUpId))
                .isEqualTo(accepted.plusDays(8).atStartOfDay(CHINA).toInstant());
        assertThat(number("select window_policy_id from follow_up where id = ?", followUpId))
                .isEqualTo(number("select id from policy_value where policy_key = 'followup.call-window.installation'"));
        assertThat(sql.count("select count(*) from customer_event where ref_type = 'FOLLOW_UP' and ref_id = ? and kind = 'FOLLOW_UP_DUE'",
                followUpId)).isOne();
    }

    @Test
    void aRepairVisitIsCalledBackWithin24HoursAndOnlyOnce() throws Exception {
        CaseDraft draft = new CaseDraft();
        draft.setCustomerId(customerOf(1));
        draft.setType(CaseType.REPAIR);
        draft.setSeverity(Severity.NORMAL);
        draft.setCustomerWords("门口地板划伤，需要修补");
        long caseId = RunAs.role(Role.AGENT, () -> cases.open(draft));
        DispatchDraft dispatch = new DispatchDraft();
        dispatch.setProviderId(1L);
        dispatch.setRepair(true);
        dispatch.setTechnicianIds(List.of(number("select id from technician where provider_id = 1 and certificate_level = 'SENIOR' and active limit 1")));
        dispatch.setAgreedVisitAt(LocalDateTime.now(CHINA).plusHours(1).truncatedTo(ChronoUnit.MINUTES));
        long orderId = RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, dispatch));
        assertThat(sql.count("select count(*) from follow_up where order_id = ?", orderId)).as("nothing before the visit").isZero();

        RunAs.user(provider(1), () -> {
            orders.accept(orderId);
            orders.schedule(orderId, null);
            orders.arrive(orderId);
            orders.complete(orderId);
            return null;
        });

        long followUpId = followUpOf("order_id", orderId);
        Instant done = instant("select done_at from dispatch_order where id = ?", orderId);
        assertThat(sql.value("select kind from follow_up where id = ?", followUpId)).isEqualTo("VISIT");
        assertThat(instant("select due_at from follow_up where id = ?", followUpId)).isEqualTo(done.plus(Duration.ofHours(24)));
        assertThat(number("select case_id from follow_up where id = ?", followUpId)).isEqualTo(caseId);
        assertThat(sql.count("select count(*) from follow_up where order_id = ?", orderId)).isOne();
    }

    @Test
    void theThirdFailedAttemptMarksTheCustomerUnreachableAndRetriesGoToAnotherTimeOfDay() throws Exception {
        long followUpId = followUpOf("installation_id", installation(LocalDate.now(CHINA).minusDays(1), LocalDate.now(CHINA)));
        UserPrincipal agent = agent("test-agent-retry");

        RunAs.user(agent, () -> {
            followUps.take(followUpId);
            followUps.attempt(followUpId, CallOutcome.NO_ANSWER, null, "无人接听");
            return null;
        });
        Instant firstTry = instant("select called_at from follow_up_attempt where follow_up_id = ? and attempt_no = 1", followUpId);
        Instant retry = instant("select ready_at from follow_up where id = ?", followUpId);
        assertThat(retry).isAfterOrEqualTo(firstTry.plus(Duration.ofHours(2)));
        assertThat(RetrySchedule.DayPart.of(retry)).isNotNull().isNotEqualTo(RetrySchedule.DayPart.of(firstTry));
        assertThat(sql.value("select status from follow_up where id = ?", followUpId)).isEqualTo("OPEN");
        assertThat(sql.value("select claimed_by from follow_up where id = ?", followUpId)).as("released").isNull();

        // A call back at the customer's time is not a failure.
        Instant callBack = Instant.now().plus(Duration.ofHours(5));
        RunAs.user(agent, () -> {
            followUps.take(followUpId);
            followUps.attempt(followUpId, CallOutcome.CALL_BACK, callBack, "客户在开会，下午再打");
            followUps.take(followUpId);
            followUps.attempt(followUpId, CallOutcome.BUSY, null, null);
            return null;
        });
        assertThat(sql.value("select status from follow_up where id = ?", followUpId)).isEqualTo("OPEN");

        RunAs.user(agent, () -> {
            followUps.take(followUpId);
            followUps.attempt(followUpId, CallOutcome.WRONG_NUMBER, null, null);
            return null;
        });
        assertThat(sql.value("select status from follow_up where id = ?", followUpId)).isEqualTo("UNREACHABLE");
        assertThat(number("select attempts from follow_up where id = ?", followUpId)).isEqualTo(4);
        assertThat(number("select failed_attempts from follow_up where id = ?", followUpId)).isEqualTo(3);
        assertThat(sql.count("select count(*) from customer_event where ref_type = 'FOLLOW_UP' and ref_id = ? and kind = 'FOLLOW_UP_UNREACHABLE'",
                followUpId)).isOne();
        assertThatThrownBy(() -> RunAs.user(agent, () -> {
            followUps.attempt(followUpId, CallOutcome.NO_ANSWER, null, null);
            return null;
        })).isInstanceOf(com.aftersales.crm.shared.IllegalTransition.class);
        assertThatThrownBy(() -> RunAs.user(agent, () -> {
            followUps.attempt(followUpId, CallOutcome.CALL_BACK, null, null);
            return null;
        })).isInstanceOf(com.aftersales.crm.shared.IllegalTransition.class);
    }

    @Test
    void concurrentClaimsNeverHandTheSameFollowUpToTwoAgents() throws Exception {
        // Thirty follow-ups at the head of the queue (due long ago), for thirty agents pressing "next call" at once.
        long customerId = customerOf(1);
        long policy = number("select id from policy_value where policy_key = 'followup.call-window.installation'");
        for (int i = 0; i < 30; i++) {
            sql.update("""
                    insert into follow_up (kind, source_key, customer_id, provider_id, created_at, due_from, due_at,
                                           window_policy_id, priority, status, ready_at)
                    values ('INSTALLATION', ?, ?, 1, now(), timestamptz '2001-01-01', timestamptz '2001-01-08' + ? * interval '1 minute',
                            ?, 3, 'OPEN', now() - interval '1 minute')""", "TEST-CLAIM:" + i + ":" + System.nanoTime(), customerId, i, policy);
        }
        int agents = 30;
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Long>>> claims = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            UserPrincipal agent = agent("test-agent-claim-" + i);
            claims.add(pool.submit(() -> {
                start.await();
                return RunAs.user(agent, () -> followUps.nextCall());
            }));
        }
        start.countDown();
        Set<Long> claimed = new HashSet<>();
        for (Future<Optional<Long>> claim : claims) {
            Optional<Long> id = claim.get();
            assertThat(id).isPresent();
            assertThat(claimed.add(id.get())).as("follow-up %s handed to two agents", id.get()).isTrue();
        }
        pool.shutdown();
        assertThat(sql.count("select count(distinct claimed_by) from follow_up where id = any(?)",
                (Object) claimed.toArray(Long[]::new))).isEqualTo(agents);
        // Pressing again hands each agent the same reservation, never a second one.
        for (int i = 0; i < 3; i++) {
            String name = "test-agent-claim-" + i;
            Optional<Long> again = RunAs.user(agent(name), () -> followUps.nextCall());
            assertThat(sql.value("select claimed_by from follow_up where id = ?", again.orElseThrow())).isEqualTo(name);
        }
        // Another agent cannot take a follow-up reserved by someone else.
        long reserved = claimed.iterator().next();
        assertThatThrownBy(() -> RunAs.user(agent("test-agent-intruder"), () -> {
            followUps.take(reserved);
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("followup.error.reservedByAnother"));
        // An agent who walks away loses the reservation when it expires: then another agent can take the call.
        sql.update("update follow_up set claim_expires_at = now() - interval '1 second' where id = ?", reserved);
        RunAs.user(agent("test-agent-intruder"), () -> {
            followUps.take(reserved);
            return null;
        });
        assertThat(sql.value("select claimed_by from follow_up where id = ?", reserved)).isEqualTo("test-agent-intruder");
        sql.update("update follow_up set status = 'CANCELLED', claimed_by = null, claim_expires_at = null where source_key like 'TEST-CLAIM:%'");
    }

    @Test
    void anUnsatisfiedAnswerOpensAProviderItemDueIn24HoursAndAReplyQueuesARecall() throws Exception {
        long followUpId = followUpOf("installation_id", installation(LocalDate.now(CHINA).minusDays(2), LocalDate.now(CHINA).minusDays(1)));

        SurveyResult answer = survey("test-agent-unsatisfied", followUpId, 2);

        assertThat(answer.satisfied()).isFalse();
        assertThat(sql.value("select status from follow_up where id = ?", followUpId)).isEqualTo("DONE");
        long itemId = number("select id from unsatisfied_item where follow_up_id = ?", followUpId);
        Instant answeredAt = instant("select answered_at from survey_response where id = ?", answer.responseId());
        assertThat(instant("select reply_due from unsatisfied_item_round where item_id = ? and round = 1", itemId))
                .isEqualTo(answeredAt.plus(Duration.ofHours(24)));
        assertThat(number("select reply_policy_id from unsatisfied_item_round where item_id = ?", itemId))
                .isEqualTo(number("select id from policy_value where policy_key = 'followup.provider-reply'"));

        // The provider sees its own item, and nobody else's, whatever id is sent.
        assertThat(RunAs.user(provider(1), () -> items.list(ItemStatus.AWAITING_REPLY, false, 0, 200)))
                .anySatisfy(row -> assertThat(row.id()).isEqualTo(itemId));
        assertThatThrownBy(() -> RunAs.user(provider(2), () -> items.detail(itemId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(provider(2), () -> {
            items.reply(itemId, "越权", "越权");
            return null;
        })).isInstanceOf(NotFound.class);
        assertThat(RunAs.user(provider(2), () -> items.list(null, false, 0, 200))).noneMatch(row -> row.id() == itemId);
        assertThatThrownBy(() -> RunAs.user(provider(1), () -> {
            items.reply(itemId, "上门查看", " ");
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("result"));

        RunAs.user(provider(1), () -> {
            items.reply(itemId, "上门重新打胶", "客户认可处理结果");
            return null;
        });
        ItemDetail replied = RunAs.user(provider(1), () -> items.detail(itemId));
        assertThat(replied.item().status()).isEqualTo(ItemStatus.AWAITING_RECALL);
        assertThat(replied.rounds().get(0).late()).isFalse();
        long recallId = replied.rounds().get(0).recallId();
        assertThat(sql.value("select kind from follow_up where id = ?", recallId)).isEqualTo("RECALL");
        CallSheet sheet = RunAs.role(Role.AGENT, () -> followUps.sheet(recallId));
        assertThat(sheet.item().rounds().get(0).handling()).isEqualTo("上门重新打胶");

        // Still unsatisfied on the re-call: the item stays open, a new round with a new deadline.
        survey("test-agent-unsatisfied", recallId, 3);
        ItemDetail secondRound = RunAs.user(provider(1), () -> items.detail(itemId));
        assertThat(secondRound.item().status()).isEqualTo(ItemStatus.AWAITING_REPLY);
        assertThat(secondRound.item().round()).isEqualTo(2);
        RunAs.user(provider(1), () -> {
            items.reply(itemId, "更换两块地板", "已更换");
            return null;
        });
        long secondRecall = RunAs.user(provider(1), () -> items.detail(itemId)).rounds().get(1).recallId();
        assertThat(survey("test-agent-unsatisfied", secondRecall, 4).satisfied()).as("4 of 5 is satisfied by default").isTrue();
        ItemDetail resolved = RunAs.user(provider(1), () -> items.detail(itemId));
        assertThat(resolved.item().status()).isEqualTo(ItemStatus.RESOLVED);
        assertThat(sql.count("select count(*) from customer_event where ref_type = 'FOLLOW_UP_ITEM' and ref_id = ? and kind = 'FOLLOW_UP_ITEM_RESOLVED'",
                itemId)).isOne();
    }

    @Test
    void aLateReplyIsRecordedAgainstTheProviderOnceHoweverOftenTheWatchRuns() throws Exception {
        long followUpId = followUpOf("installation_id", installation(LocalDate.now(CHINA).minusDays(2), LocalDate.now(CHINA).minusDays(1)));
        survey("test-agent-late", followUpId, 1);
        long itemId = number("select id from unsatisfied_item where follow_up_id = ?", followUpId);
        sql.update("update unsatisfied_item_round set reply_due = now() - interval '1 hour' where item_id = ?", itemId);

        watch.recordLateReplies();
        watch.recordLateReplies();

        assertThat(sql.count("select count(*) from unsatisfied_item_round where item_id = ? and late_recorded_at is not null", itemId)).isOne();
        Instant recorded = instant("select late_recorded_at from unsatisfied_item_round where item_id = ?", itemId);
        assertThat(recorded).isEqualTo(instant("select reply_due from unsatisfied_item_round where item_id = ?", itemId));
        RunAs.user(provider(1), () -> {
            items.reply(itemId, "电话道歉并上门", "客户接受");
            return null;
        });
        assertThat(instant("select late_recorded_at from unsatisfied_item_round where item_id = ?", itemId))
                .as("the reply after the deadline keeps the one record").isEqualTo(recorded);
        assertThat(RunAs.user(provider(1), () -> items.detail(itemId)).rounds().get(0).late()).isTrue();
    }

    @Test
    void aComplaintStaysOpenWhileTheCustomerIsUnsatisfiedAndClosesOnASatisfiedRecall() throws Exception {
        long caseId = handledComplaint();
        RunAs.role(Role.SUPERVISOR, () -> cases.judge(caseId, Responsibility.SERVICE_QUALITY, null, "施工不规范"));
        long followUpId = followUpOf("case_id", caseId);
        assertThat(sql.value("select kind from follow_up where id = ?", followUpId)).isEqualTo("COMPLAINT");

        survey("test-agent-complaint", followUpId, 2);
        assertThat(sql.value("select status from service_case where id = ?", caseId)).isEqualTo("AWAITING_ACCEPTANCE");
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> cases.customerAccepted(caseId, "客户满意")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("followUp"));
        long itemId = number("select id from unsatisfied_item where case_id = ?", caseId);
        RunAs.user(provider(1), () -> {
            items.reply(itemId, "经理上门道歉，重新紧固", "异响消除");
            return null;
        });
        long recallId = number("select recall_id from unsatisfied_item_round where item_id = ? and round = 1", itemId);

        survey("test-agent-complaint", recallId, 5);

        assertThat(sql.value("select status from service_case where id = ?", caseId)).isEqualTo("CLOSED");
        assertThat(RunAs.role(Role.AGENT, () -> cases.history(caseId))).extracting(h -> h.action())
                .endsWith("CHECKED", "JUDGED", "FOLLOW_UP_UNSATISFIED", "FOLLOW_UP_SATISFIED");
        assertThat(RunAs.role(Role.AGENT, () -> followUps.forCase(caseId))).extracting(f -> f.kind().name())
                .containsExactly("COMPLAINT", "RECALL");
        assertThat(sql.count("select count(*) from customer_event where ref_type = 'FOLLOW_UP' and ref_id in (?, ?) and kind like 'SURVEY_%'",
                followUpId, recallId)).isEqualTo(2);
    }

    @Test
    void coverageIsTheShareReachedWithinTheWindowAndAgentsWorkCountsTheirCalls() throws Exception {
        // January 2001: four installation follow-ups and one visit, nothing else of ours falls in that month.
        long customerId = customerOf(1);
        long policy = number("select id from policy_value where policy_key = 'followup.call-window.installation'");
        String[][] rows = {
                {"DONE", "2001-01-10 10:00+08", "2001-01-08 15:00+08"},
                {"DONE", "2001-01-11 10:00+08", "2001-01-11 09:59+08"},
                {"DONE", "2001-01-12 10:00+08", "2001-01-13 11:00+08"},
                {"UNREACHABLE", "2001-01-13 10:00+08", "2001-01-12 20:00+08"}};
        for (int i = 0; i < rows.length; i++) {
            long id = number("""
                    insert into follow_up (kind, source_key, customer_id, provider_id, created_at, due_from, due_at,
                                           window_policy_id, priority, status, ready_at, attempts, completed_at, completed_by,
                                           satisfied)
                    values ('INSTALLATION', ?, ?, 1, cast(? as timestamptz) - interval '8 days', cast(? as timestamptz) - interval '8 days',
                            cast(? as timestamptz), ?, 3, ?, cast(? as timestamptz) - interval '8 days', 1, cast(? as timestamptz),
                            'test-agent-report', ?) returning id""",
                    "TEST-COVERAGE:" + i + ":" + System.nanoTime(), customerId, rows[i][1], rows[i][1], rows[i][1], policy,
                    rows[i][0], rows[i][1], rows[i][2], rows[i][0].equals("DONE") ? Boolean.TRUE : null);
            sql.update("insert into follow_up_attempt (follow_up_id, attempt_no, agent, called_at, outcome) values (?, 1, "
                    + "'test-agent-report', cast(? as timestamptz), ?)", id, rows[i][2], rows[i][0].equals("DONE") ? "REACHED" : "NO_ANSWER");
        }

        List<Coverage> coverage = RunAs.role(Role.SUPERVISOR, () -> reports.coverage(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 2, 1)));

        Coverage installations = coverage.stream().filter(c -> c.kind().name().equals("INSTALLATION")).findFirst().orElseThrow();
        assertThat(installations.due()).isEqualTo(4);
        assertThat(installations.withinWindow()).isEqualTo(2);
        assertThat(installations.late()).isEqualTo(1);
        assertThat(installations.notReached()).isEqualTo(1);
        assertThat(installations.percentWithinWindow()).isEqualByComparingTo("50.0");
        assertThat(coverage.stream().filter(c -> c.kind().name().equals("VISIT")).findFirst().orElseThrow().percentWithinWindow())
                .as("nothing due is fully covered").isEqualByComparingTo("100.0");
        assertThat(RunAs.role(Role.SUPERVISOR, () -> reports.agentWork(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 2, 1))))
                .filteredOn(w -> w.agent().equals("test-agent-report")).singleElement().satisfies(w -> {
                    assertThat(w.attempts()).isEqualTo(4);
                    assertThat(w.reached()).isEqualTo(3);
                });
        assertThat(RunAs.role(Role.SUPERVISOR, () -> reports.queueHealth()).overdue())
                .isEqualTo(sql.count("select count(*) from follow_up where status = 'OPEN' and due_at < now()"));
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> reports.queueHealth())).isInstanceOf(Exception.class);
    }

    @Test
    void aComplaintBackInServiceNoLongerOwesTheFollowUpAboutItsPreviousHandling() throws Exception {
        long caseId = handledComplaint();
        long followUpId = followUpOf("case_id", caseId);
        assertThat(sql.value("select status from follow_up where id = ?", followUpId)).isEqualTo("OPEN");

        RunAs.role(Role.AGENT, () -> cases.customerNotSatisfied(caseId, "客户来电：异响仍在"));

        assertThat(sql.value("select status from follow_up where id = ?", followUpId)).isEqualTo("CANCELLED");
        assertThat(sql.count("select count(*) from customer_event where ref_type = 'FOLLOW_UP' and ref_id = ? and kind = 'FOLLOW_UP_CANCELLED'",
                followUpId)).isOne();
    }

    @Test
    void aNewQuestionnaireVersionLeavesOldAnswersTheirMeaning() throws Exception {
        long followUpId = followUpOf("installation_id", installation(LocalDate.now(CHINA).minusDays(2), LocalDate.now(CHINA).minusDays(1)));
        SurveyResult old = survey("test-agent-versions", followUpId, 5);
        TemplateView before = RunAs.role(Role.AGENT, () -> surveys.published());

        // A required question left empty is named by its position.
        long another = followUpOf("installation_id", installation(LocalDate.now(CHINA).minusDays(2), LocalDate.now(CHINA).minusDays(1)));
        Map<Long, String> missing = SurveyAnswers.withOverall(before, 5);
        missing.put(before.questions().get(2).id(), "");
        assertThatThrownBy(() -> RunAs.user(agent("test-agent-versions"), () -> {
            followUps.take(another);
            return followUps.survey(another, before.id(), missing, null);
        })).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo("q3");
            assertThat(e.messageKey()).isEqualTo("survey.error.required");
        });
        assertThat(sql.count("select count(*) from survey_response where follow_up_id = ?", another)).isZero();

        long draftId = RunAs.role(Role.ADMIN, () -> templates.draft());
        QuestionDraft changed = new QuestionDraft();
        changed.setKind(QuestionKind.SCALE);
        changed.setTextZh("服务人员的专业程度（1–5分）");
        changed.setTextEn("Professionalism of the technicians (1–5)");
        RunAs.role(Role.ADMIN, () -> templates.changeQuestion(draftId, 3, changed));
        // A draft without exactly one overall question cannot be published.
        RunAs.role(Role.ADMIN, () -> templates.removeQuestion(draftId, 7));
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> templates.publish(draftId)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("survey.error.oneOverall"));
        QuestionDraft overall = new QuestionDraft();
        overall.setKind(QuestionKind.SCALE);
        overall.setOverall(true);
        overall.setTextZh("总体满意度（1–5分）");
        overall.setTextEn("Overall satisfaction (1–5)");
        RunAs.role(Role.ADMIN, () -> templates.addQuestion(draftId, overall));
        RunAs.role(Role.ADMIN, () -> templates.publish(draftId));

        TemplateView after = RunAs.role(Role.AGENT, () -> surveys.published());
        assertThat(after.id()).isEqualTo(draftId);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(RunAs.role(Role.ADMIN, () -> templates.version(before.id())).status()).isEqualTo(TemplateStatus.RETIRED);
        assertThat(RunAs.role(Role.AGENT, () -> surveys.answers(old.responseId())))
                .anySatisfy(a -> assertThat(a.textZh()).isEqualTo(before.questions().get(2).textZh()))
                .noneSatisfy(a -> assertThat(a.textZh()).isEqualTo("服务人员的专业程度（1–5分）"));
        // A screen still showing the retired version cannot record against it.
        assertThatThrownBy(() -> RunAs.user(agent("test-agent-versions"), () ->
                followUps.survey(another, before.id(), SurveyAnswers.withOverall(before, 5), null)))
                .isInstanceOf(com.aftersales.crm.shared.IllegalTransition.class);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> templates.draft())).isInstanceOf(Exception.class);
        // Leave the manual's card as the questionnaire in use for the other tests.
        long restore = RunAs.role(Role.ADMIN, () -> templates.draft());
        RunAs.role(Role.ADMIN, () -> templates.changeQuestion(restore, 3, com.aftersales.crm.survey.boundary.QuestionDraft.of(before.questions().get(2))));
        RunAs.role(Role.ADMIN, () -> templates.publish(restore));
    }
}
