package com.aftersales.crm.it.service;

import com.aftersales.crm.assessment.boundary.Assessments;
import com.aftersales.crm.assessment.boundary.MonthEndAssessment;
import com.aftersales.crm.assessment.boundary.MonthResult;
import com.aftersales.crm.assessment.boundary.Scorecard;
import com.aftersales.crm.assessment.entity.Grade;
import com.aftersales.crm.assessment.entity.LineRow;
import com.aftersales.crm.assessment.entity.ManualItemKind;
import com.aftersales.crm.assessment.entity.RewardRow;
import com.aftersales.crm.batch.scheduling.AssessmentSchedule;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 服务商考核 against the real database: a month's recorded events seeded by SQL for a new provider, computed set-based
 * into one line per event and per supervisor's item, a month at 85 or below counting as 0, recomputation replacing
 * the lines, a confirmed month left alone; the year settled into the manual's 9.6万; a provider reading only its own.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AssessmentsIT.class.getPackage());
    }

    @Inject
    Assessments assessments;

    @Inject
    MonthEndAssessment monthEnd;

    @Inject
    AssessmentSchedule schedule;

    @Inject
    Sql sql;

    private static long unique() {
        return System.nanoTime() % 1_000_000_000L;
    }

    /** A past month no other run of this test used (months are scored for every provider at once). */
    private static YearMonth someMonth(long n) {
        return YearMonth.of(2003 + (int) (n % 19), 1 + (int) (n / 19 % 12));
    }

    private long provider(String name, long n) {
        return ((Number) sql.value("""
                insert into service_provider (code, name, region_code, market_level, contact_name, contact_phone, hotline,
                                              agreement_signed_on, grade, status, deposit, created_at)
                values (?, ?, '110100', 1, '测试', '13800000000', '400-000-0000', date '2000-01-01', 'A', 'ACTIVE', 20000,
                        timestamptz '2000-01-01 00:00+08')
                returning id""", "AS-" + n % 100_000_000, name + n)).longValue();
    }

    private static UserPrincipal providerUser(long providerId) {
        return new UserPrincipal(-1, "test-provider-" + providerId, "服务商", Set.of(Role.PROVIDER), null, providerId, "zh_CN");
    }

    /** An instant in the month, Beijing time, as SQL text. */
    private static String at(YearMonth month, int day, int hour) {
        return month.atDay(day).atTime(hour, 0) + "+08";
    }

    /** follow-ups with their survey answers, the first {@code satisfied} of them satisfied; returns the first answer's id. */
    private long surveys(long providerId, long customerId, String answeredAt, int count, int satisfied, String key) {
        sql.update("""
                with f as (
                    insert into follow_up (kind, source_key, customer_id, provider_id, created_at, due_from, due_at,
                                           window_policy_id, priority, status, ready_at, completed_at, completed_by, satisfied)
                    select 'COMPLAINT', ? || g, ?, ?, cast(? as timestamptz), cast(? as timestamptz), cast(? as timestamptz),
                           (select id from policy_value where policy_key = 'followup.call-window.visit' limit 1), 1, 'DONE',
                           cast(? as timestamptz), cast(? as timestamptz), 'agent', g <= ?
                    from generate_series(1, ?) g
                    returning id, satisfied)
                insert into survey_response (follow_up_id, template_id, customer_id, provider_id, overall, satisfied,
                                             satisfied_policy_id, answered_at, answered_by)
                select f.id, (select id from survey_template where code = 'SERVICE_CARD' order by version desc limit 1), ?, ?,
                       case when f.satisfied then 5 else 2 end, f.satisfied,
                       (select id from policy_value order by id limit 1), cast(? as timestamptz), 'agent'
                from f""", key, customerId, providerId, answeredAt, answeredAt, answeredAt, answeredAt, answeredAt,
                satisfied, count, customerId, providerId, answeredAt);
        return ((Number) sql.value("""
                select s.id from survey_response s join follow_up f on f.id = s.follow_up_id
                where f.source_key like ? || '%' order by s.satisfied, s.id limit 1""", key)).longValue();
    }

    private long customer(long n) {
        return ((Number) sql.value("insert into customer (name, region_code) values (?, '110101') returning id",
                "考核客户" + n)).longValue();
    }

    @Test
    void aMonthsEventsAndItemsBecomeOneLineEachAndAScoreOf78CountsAsZero() throws Exception {
        long n = unique();
        YearMonth month = someMonth(n);
        long provider = provider("考核服务商", n);
        long other = provider("另一服务商", n + 1);
        long customer = customer(n);

        long caseId = ((Number) sql.value("""
                insert into service_case (customer_id, provider_id, channel, case_type, severity, status, customer_words,
                                          suburban, opened_at, opened_by, last_action, last_action_at)
                values (?, ?, 'HOTLINE', 'COMPLAINT', 'NORMAL', 'OPEN', '地板起拱', false, cast(? as timestamptz), 'agent',
                        'OPENED', cast(? as timestamptz)) returning id""",
                customer, provider, at(month, 2, 9), at(month, 2, 9))).longValue();
        // Two missed clocks in the month, one detected the month after (not this month's).
        sql.update("""
                insert into sla_breach (case_id, clock, provider_id, due_at, detected_at) values
                 (?, 'FIRST_REPLY', ?, cast(? as timestamptz), cast(? as timestamptz)),
                 (?, 'ON_SITE', ?, cast(? as timestamptz), cast(? as timestamptz)),
                 (?, 'ON_SITE', ?, cast(? as timestamptz), cast(? as timestamptz))""",
                caseId, provider, at(month, 3, 9), at(month, 3, 9),
                caseId, provider, at(month, 3, 10), at(month, 3, 10),
                caseId, provider, at(month.plusMonths(1), 1, 10), at(month.plusMonths(1), 1, 10));
        // One unsatisfied answer (and one satisfied, which deducts nothing); its item answered late.
        long unsatisfied = surveys(provider, customer, at(month, 5, 11), 2, 1, "it-assess-" + n + "-");
        long followUp = ((Number) sql.value("select follow_up_id from survey_response where id = ?", unsatisfied)).longValue();
        long item = ((Number) sql.value("""
                insert into unsatisfied_item (follow_up_id, customer_id, provider_id, status, opened_at)
                values (?, ?, ?, 'AWAITING_RECALL', cast(? as timestamptz)) returning id""",
                followUp, customer, provider, at(month, 5, 11))).longValue();
        long round = ((Number) sql.value("""
                insert into unsatisfied_item_round (item_id, round, response_id, opened_at, reply_due, reply_policy_id,
                                                    late_recorded_at)
                values (?, 1, ?, cast(? as timestamptz), cast(? as timestamptz),
                        (select id from policy_value order by id limit 1), cast(? as timestamptz)) returning id""",
                item, unsatisfied, at(month, 5, 11), at(month, 6, 11), at(month, 6, 12))).longValue();
        // The weeks whose deadline falls in the month: one sent late, one never sent.
        LocalDate monday = month.atDay(1).with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.MONDAY));
        sql.update("""
                insert into archive_submission_week (provider_id, week_start, deadline_at, outcome, first_submitted_at, recorded_at)
                values (?, ?, cast(? as timestamptz), 'LATE', cast(? as timestamptz), now()),
                       (?, ?, cast(? as timestamptz), 'MISSING', null, now())""",
                provider, monday, monday.plusDays(7).atTime(17, 0) + "+08", monday.plusDays(8).atTime(9, 0) + "+08",
                provider, monday.plusDays(7), monday.plusDays(14).atTime(17, 0) + "+08");
        // Issue 14 #5: a provider registered on the 28th (signed in 2000) owed neither week; rows the old rule
        // recorded for it cost it nothing.
        long newcomer = provider("新登记服务商", n + 2);
        sql.update("update service_provider set created_at = cast(? as timestamptz) where id = ?", at(month, 28, 9), newcomer);
        sql.update("""
                insert into archive_submission_week (provider_id, week_start, deadline_at, outcome, first_submitted_at, recorded_at)
                values (?, ?, cast(? as timestamptz), 'MISSING', null, now()),
                       (?, ?, cast(? as timestamptz), 'MISSING', null, now())""",
                newcomer, monday, monday.plusDays(7).atTime(17, 0) + "+08",
                newcomer, monday.plusDays(7), monday.plusDays(14).atTime(17, 0) + "+08");
        long compliance = ((Number) sql.value("""
                insert into case_study_compliance (provider_id, month, compliant, reason, deduction, recorded_at)
                values (?, ?, false, 'MISSING', 50, cast(? as timestamptz)) returning id""",
                provider, month.atDay(1), at(month.plusMonths(1), 1, 1))).longValue();
        sql.update("""
                insert into network_event (provider_id, kind, occurred_at, source_type, source_id) values
                 (?, 'INFO_NON_STANDARD', cast(? as timestamptz), 'INFORMATION_ITEM', ?),
                 (?, 'SERVICE_NOT_TIMELY', cast(? as timestamptz), 'INFORMATION_ITEM', ?)""",
                provider, at(month, 20, 9), 900_000_000_000L + n, provider, at(month, 20, 9), 900_000_000_000L + n);
        // Another provider's events are not this provider's lines.
        sql.update("""
                insert into network_event (provider_id, kind, occurred_at, source_type, source_id)
                values (?, 'INFO_NON_STANDARD', cast(? as timestamptz), 'INFORMATION_ITEM', ?)""",
                other, at(month, 20, 9), 910_000_000_000L + n);

        RunAs.role(Role.SUPERVISOR, () -> {
            assessments.enterManualItem(provider, month, ManualItemKind.MANAGER_EVALUATION, new BigDecimal("3"), "月度巡查表现突出");
            assessments.enterManualItem(provider, month, ManualItemKind.COOPERATION, new BigDecimal("-1"), "资料报送拖延");
        });
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> {
            assessments.enterManualItem(provider, month, ManualItemKind.COOPERATION, new BigDecimal("11"), "超出上限");
        })).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("points"));

        MonthResult result = RunAs.role(Role.SUPERVISOR, () -> assessments.compute(month));
        assertThat(result.assessed()).isPositive();

        List<LineRow> lines = RunAs.role(Role.SUPERVISOR, () -> assessments.lines(provider, month));
        Map<String, List<LineRow>> byKind = lines.stream().collect(Collectors.groupingBy(LineRow::kind));
        assertThat(lines).hasSize(11);
        assertThat(byKind.get("SLA_BREACH")).hasSize(2).allSatisfy(l -> {
            assertThat(l.points()).isEqualByComparingTo("-2");
            assertThat(l.sourceType()).isEqualTo("SLA_BREACH");
            assertThat(l.note()).isEqualTo(String.valueOf(caseId));
            assertThat(l.policyKey()).isEqualTo("assessment.points.sla-breach");
        });
        assertThat(byKind.get("UNSATISFIED_FOLLOW_UP")).singleElement().satisfies(l -> {
            assertThat(l.points()).isEqualByComparingTo("-2");
            assertThat(l.sourceType()).isEqualTo("SURVEY_RESPONSE");
            assertThat(l.sourceId()).isEqualTo(unsatisfied);
        });
        assertThat(byKind.get("LATE_ITEM_REPLY")).singleElement().satisfies(l -> {
            assertThat(l.sourceId()).isEqualTo(round);
            assertThat(l.points()).isEqualByComparingTo("-2");
        });
        assertThat(byKind.get("ARCHIVE_LATE")).singleElement().satisfies(l -> {
            assertThat(l.points()).isEqualByComparingTo("-2");
            assertThat(l.sourceDate()).isEqualTo(monday);
        });
        assertThat(byKind.get("ARCHIVE_MISSING")).singleElement().satisfies(l -> {
            assertThat(l.points()).isEqualByComparingTo("-5");
            assertThat(l.sourceId()).isNull();
            assertThat(l.policyKey()).isEqualTo("assessment.points.archive-missing");
        });
        assertThat(byKind.get("CASE_STUDY_MISSING")).singleElement().satisfies(l -> {
            assertThat(l.points()).isEqualByComparingTo("-5");
            assertThat(l.sourceId()).isEqualTo(compliance);
        });
        assertThat(byKind.get("INFO_NON_STANDARD")).singleElement().satisfies(l -> assertThat(l.points()).isEqualByComparingTo("-2"));
        assertThat(byKind.get("SERVICE_NOT_TIMELY")).singleElement().satisfies(l -> assertThat(l.points()).isEqualByComparingTo("-2"));
        assertThat(byKind.get("MANAGER_EVALUATION")).singleElement().satisfies(l -> {
            assertThat(l.points()).isEqualByComparingTo("3");
            assertThat(l.sourceType()).isEqualTo("MANUAL_ITEM");
            assertThat(l.note()).isEqualTo("月度巡查表现突出");
            assertThat(l.policyKey()).isEqualTo("assessment.manual.max-points");
        });
        assertThat(byKind.get("COOPERATION")).singleElement().satisfies(l -> assertThat(l.points()).isEqualByComparingTo("-1"));

        // 100 − 25 + 3 = 78: at or below 85, it counts as 0.
        Object[] total = sql.rows("""
                select base_score, deductions, merits, score, counted_score from monthly_assessment
                where provider_id = ? and month = ?""", provider, month.atDay(1)).get(0);
        assertThat(total).containsExactly(new BigDecimal("100.00"), new BigDecimal("25.00"), new BigDecimal("3.00"),
                new BigDecimal("78.00"), new BigDecimal("0.00"));
        assertThat(sql.rows("select score from monthly_assessment where provider_id = ? and month = ?", other, month.atDay(1)).get(0)[0])
                .isEqualTo(new BigDecimal("98.00"));
        assertThat(RunAs.role(Role.SUPERVISOR, () -> assessments.lines(newcomer, month)))
                .extracting(LineRow::kind).doesNotContain("ARCHIVE_MISSING", "ARCHIVE_LATE");

        // Recomputing replaces the month's lines; the same events give the same lines.
        RunAs.role(Role.SUPERVISOR, () -> assessments.compute(month));
        assertThat(sql.count("""
                select count(*) from assessment_line l join monthly_assessment a on a.id = l.assessment_id
                where a.provider_id = ? and a.month = ?""", provider, month.atDay(1))).isEqualTo(11);

        // The provider reads its own scorecard, never another's.
        UserPrincipal self = providerUser(provider);
        Scorecard own = RunAs.user(self, () -> assessments.myScorecard(month.getYear()));
        assertThat(own.providerId()).isEqualTo(provider);
        assertThat(own.months()).singleElement().satisfies(m -> {
            assertThat(m.score()).isEqualByComparingTo("78");
            assertThat(m.countsAsZero()).isTrue();
        });
        assertThat(own.quarters()).hasSize(4);
        assertThat(RunAs.user(self, () -> assessments.myLines(month))).hasSize(11);
        assertThatThrownBy(() -> RunAs.user(self, () -> assessments.scorecard(other, month.getYear())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(self, () -> assessments.lines(other, month))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(self, () -> assessments.compute(month))).isNotInstanceOf(NotFound.class)
                .isInstanceOf(Exception.class);
        assertThat(RunAs.role(Role.MANAGER, () -> assessments.scorecard(other, month.getYear())).months()).hasSize(1);

        // Confirmed, the month is closed: not recomputed, from the portal or by the month-end job.
        RunAs.role(Role.SUPERVISOR, () -> assessments.confirm(month));
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> assessments.compute(month)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.error.confirmed"));
        assertThat(monthEnd.compute(month).confirmed()).isTrue();
        assertThat(sql.count("""
                select count(*) from assessment_line l join monthly_assessment a on a.id = l.assessment_id
                where a.provider_id = ? and a.month = ?""", provider, month.atDay(1))).isEqualTo(11);
    }

    @Test
    void aYearOfGradeAMonthsAtLevel1EarnsTheManualsNinetySixThousandAndFraudIsFinedTenTimes() throws Exception {
        long n = unique();
        int year = 2000 + (int) (n % 3);   // a year no month computation of this test touches (they use 2003 on)
        long diligent = provider("金钥匙服务商", n);
        long cheat = provider("弄虚作假服务商", n + 1);
        long unhappy = provider("满意度不足服务商", n + 2);
        sql.update("update service_provider set agreement_signed_on = ? where id in (?, ?, ?)",
                LocalDate.of(year - 1, 3, 1), diligent, cheat, unhappy);
        sql.update("""
                insert into assessment_month (month, status, computed_at, computed_by)
                select make_date(?, m, 1), 'CONFIRMED', now(), 'test' from generate_series(1, 12) m
                on conflict (month) do nothing""", year);
        for (long p : new long[]{diligent, cheat, unhappy}) {
            sql.update("""
                    insert into monthly_assessment (provider_id, month, base_score, base_policy_id, deductions, merits, score,
                                                    counted_score, threshold, threshold_policy_id, computed_at)
                    select ?, make_date(?, m, 1), 100, b.id, 4, 0, 96, 96, 85, t.id, now()
                    from generate_series(1, 12) m,
                         (select id from policy_value where policy_key = 'assessment.base-score') b,
                         (select id from policy_value where policy_key = 'assessment.zero-threshold') t""", p, year);
            long customer = customer(n + p);
            String answered = LocalDate.of(year, 6, 1).atTime(10, 0) + "+08";
            surveys(p, customer, answered, 10, p == unhappy ? 7 : 9, "it-reward-" + n + "-" + p + "-");
        }
        RunAs.role(Role.SUPERVISOR, () -> assessments.recordFraud(cheat, year, new BigDecimal("1000"), "伪造铺装档案套取奖励"));

        int settled = RunAs.role(Role.SUPERVISOR, () -> assessments.settleYear(year));
        assertThat(settled).isGreaterThanOrEqualTo(3);

        Scorecard card = RunAs.user(providerUser(diligent), () -> assessments.myScorecard(year));
        assertThat(card.quarters()).allSatisfy(q -> {
            assertThat(q.grade()).isEqualTo(Grade.A);
            assertThat(q.coefficient()).isEqualByComparingTo("1.2");
        });
        RewardRow reward = card.reward();
        assertThat(reward.eligible()).isTrue();
        assertThat(reward.signedMonths()).isEqualTo(12);
        assertThat(reward.base()).isEqualByComparingTo("80000");
        assertThat(reward.gross()).isEqualTo(new BigDecimal("96000.00"));
        assertThat(reward.payable()).isEqualTo(new BigDecimal("96000.00"));

        RewardRow fraud = RunAs.role(Role.MANAGER, () -> assessments.scorecard(cheat, year)).reward();
        assertThat(fraud.eligible()).isFalse();
        assertThat(fraud.ineligibleReasons()).containsExactly("FRAUD");
        assertThat(fraud.gross()).isEqualByComparingTo("0");
        assertThat(fraud.fraudFine()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(fraud.fromDeposit()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(fraud.depositShortfall()).isEqualByComparingTo("0");

        RewardRow below = RunAs.role(Role.SUPERVISOR, () -> assessments.scorecard(unhappy, year)).reward();
        assertThat(below.ineligibleReasons()).containsExactly("SATISFACTION");
        assertThat(below.satisfactionPercent()).isEqualByComparingTo("70.0");

        // Settling again replaces the year.
        RunAs.role(Role.SUPERVISOR, () -> assessments.settleYear(year));
        assertThat(sql.count("select count(*) from yearly_reward where provider_id = ? and year = ?", diligent, year)).isOne();
    }

    /** Issue 14 #6: 停工整顿 from 10 March to 20 May: those three months earn nothing, the year is still eligible. */
    @Test
    void monthsSuspendedForRectificationEarnNoRewardAndTheSettlementSaysWhich() throws Exception {
        long n = unique();
        int year = 2000 + (int) (n % 3);   // as the reward test: policies in force, no month computed
        long suspended = provider("停工整顿服务商", n + 3);
        sql.update("update service_provider set agreement_signed_on = ? where id = ?", LocalDate.of(year - 1, 3, 1), suspended);
        sql.update("""
                insert into assessment_month (month, status, computed_at, computed_by)
                select make_date(?, m, 1), 'CONFIRMED', now(), 'test' from generate_series(1, 12) m
                on conflict (month) do nothing""", year);
        sql.update("""
                insert into monthly_assessment (provider_id, month, base_score, base_policy_id, deductions, merits, score,
                                                counted_score, threshold, threshold_policy_id, computed_at)
                select ?, make_date(?, m, 1), 100, b.id, 4, 0, 96, 96, 85, t.id, now()
                from generate_series(1, 12) m,
                     (select id from policy_value where policy_key = 'assessment.base-score') b,
                     (select id from policy_value where policy_key = 'assessment.zero-threshold') t""", suspended, year);
        surveys(suspended, customer(n + 3), LocalDate.of(year, 6, 1).atTime(10, 0) + "+08", 10, 9, "it-suspended-" + n + "-");
        // the status change itself leaves the record (the trigger), and a past stretch of the year
        sql.update("update service_provider set status = 'SUSPENDED' where id = ?", suspended);
        assertThat(sql.count("select count(*) from provider_suspension where provider_id = ? and lifted_at is null",
                suspended)).isOne();
        sql.update("update service_provider set status = 'ACTIVE' where id = ?", suspended);
        assertThat(sql.count("select count(*) from provider_suspension where provider_id = ? and lifted_at is null",
                suspended)).isZero();
        sql.update("""
                insert into provider_suspension (provider_id, suspended_at, lifted_at)
                values (?, cast(? as timestamptz), cast(? as timestamptz))""", suspended,
                LocalDate.of(year, 3, 10).atTime(9, 0) + "+08", LocalDate.of(year, 5, 20).atTime(15, 0) + "+08");

        RunAs.role(Role.SUPERVISOR, () -> assessments.settleYear(year));

        RewardRow reward = RunAs.role(Role.SUPERVISOR, () -> assessments.scorecard(suspended, year)).reward();
        assertThat(reward.eligible()).isTrue();
        assertThat(reward.signedMonths()).isEqualTo(12);
        assertThat(reward.suspendedMonths()).containsExactly(3, 4, 5);
        assertThat(reward.earningMonths()).isEqualTo(9);
        assertThat(reward.suspendedMonthDays()).isEqualByComparingTo("1");
        // 8万 × 1.2 ÷ 12 × 9 = 7.2万, not the full year's 9.6万
        assertThat(reward.gross()).isEqualTo(new BigDecimal("72000.00"));
        assertThat(RunAs.role(Role.MANAGER, () -> assessments.rewards(year))).filteredOn(r -> r.providerId() == suspended)
                .singleElement().satisfies(r -> assertThat(r.suspendedMonths()).containsExactly(3, 4, 5));

        // the days from which a month counts as suspended are policy: March had 22, April 30, May 20 — at 25 only April
        sql.update("""
                insert into policy_value (policy_key, value, unit, effective_from, note)
                values ('reward.suspended-month-days', '25', 'DAYS', make_date(?, 6, 1), 'test')""", year);
        try {
            RunAs.role(Role.SUPERVISOR, () -> assessments.settleYear(year));
            RewardRow stricter = RunAs.role(Role.SUPERVISOR, () -> assessments.scorecard(suspended, year)).reward();
            assertThat(stricter.suspendedMonths()).containsExactly(4);
            assertThat(stricter.gross()).isEqualTo(new BigDecimal("88000.00"));
        } finally {
            // the year's settlements name the test's policy version: they go with it (a later settlement redoes them)
            sql.update("""
                    delete from yearly_reward where suspension_policy_id in
                        (select id from policy_value where policy_key = 'reward.suspended-month-days' and note = 'test')""");
            sql.update("delete from policy_value where policy_key = 'reward.suspended-month-days' and note = 'test'");
        }
    }

    @Test
    void theMonthEndJobRunsOnceForAMonthHoweverOftenItFires() throws Exception {
        String period = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        schedule.scorePreviousMonth();
        boolean again = schedule.scorePreviousMonth();

        assertThat(again).isFalse();
        assertThat(sql.count("select count(*) from job_period_run where job_name = 'monthly-assessment' and period = ?", period))
                .isOne();
    }
}
