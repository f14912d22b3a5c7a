package com.aftersales.crm.it.service;

import com.aftersales.crm.dashboard.boundary.CoverageRow;
import com.aftersales.crm.dashboard.boundary.Dashboard;
import com.aftersales.crm.dashboard.boundary.DashboardFilter;
import com.aftersales.crm.dashboard.boundary.DrillRow;
import com.aftersales.crm.dashboard.boundary.Figure;
import com.aftersales.crm.dashboard.entity.Breakdown;
import com.aftersales.crm.dashboard.entity.DrillKind;
import com.aftersales.crm.dashboard.entity.Period;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 管理看板 against the real database: a small known world (a new provider and dealer in Hangzhou, a brand of their
 * own, four surveys, five follow-ups, three cases, three information items, two closed case-study months in early
 * 2003) and every figure asserted exactly, each drill-down returning exactly the records behind its figure, and the
 * dashboard refused to providers, dealers and agents.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DashboardIT.class.getPackage());
    }

    @Inject
    Dashboard dashboard;

    @Inject
    com.aftersales.crm.dashboard.boundary.DashboardRefresh refresh;

    @Inject
    Sql sql;

    /** The application's clock, moved forward to let a deadline pass rather than waiting for it. */
    @Inject
    com.aftersales.crm.platform.ClockProducer clock;

    @org.junit.jupiter.api.AfterEach
    void backToRealTime() {
        clock.reset();
    }

    // The world is seeded once for the class (the case-study months are filtered by region and period only).
    private static long provider;
    private static long dealer;
    private static String brand;
    private static DashboardFilter filter;
    private static final long[] surveys = new long[4];
    private static final long[] followUps = new long[5];
    private static final long[] cases = new long[3];

    private long id(String statement, Object... parameters) {
        return ((Number) sql.value(statement, parameters)).longValue();
    }

    private long policy(String key) {
        return id("select id from policy_value where policy_key = ? order by effective_from limit 1", key);
    }

    private static java.sql.Timestamp at(String beijing) {
        return java.sql.Timestamp.from(java.time.LocalDateTime.parse(beijing).atZone(Period.BEIJING).toInstant());
    }

    @BeforeEach
    void seed() {
        if (filter != null) {
            return;
        }
        long n = System.nanoTime() % 1_000_000_000L;
        brand = "看板" + n;
        provider = id("""
                insert into service_provider (code, name, region_code, market_level, agreement_signed_on, grade, status)
                values (?, ?, '330100', 1, date '2002-01-01', 'A', 'ACTIVE') returning id""", "DP-" + n, "看板服务商" + n);
        dealer = id("insert into dealer (code, name, region_code, market_level) values (?, ?, '330100', 1) returning id",
                "DD-" + n, "看板经销商" + n);
        long product = id("""
                insert into product (code, brand, product_line, name, category, length_mm, width_mm, thickness_mm)
                values (?, ?, '实木多层', '看板测试地板', '实木多层', 910, 125, 15) returning id""", "DB-" + n, brand);
        long customer = id("insert into customer (name, region_code, dealer_id) values ('看板客户甲', '330100', ?) returning id", dealer);
        long installation = id("""
                insert into installation_archive (customer_id, dealer_id, provider_id, installation_method, installed_on,
                                                  free_period_policy_id, card_rule_policy_id, created_by)
                values (?, ?, ?, 'FLOATING', date '2003-01-10', ?, ?, 'test') returning id""",
                customer, dealer, provider, policy("warranty.free-period"), policy("warranty.card-required-from"));
        sql.update("insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price) values (?, 1, ?, 30, 200)",
                installation, product);
        long template = id("select id from survey_template where code = 'SERVICE_CARD' and version = 1");
        long window = policy("followup.call-window.installation");
        long satisfiedPolicy = policy("survey.satisfied-score");
        // due, completed (null: never reached), status, overall score (null: no survey)
        Object[][] calls = {
                {"2003-01-17T23:59:59", "2003-01-15T10:00:00", "DONE", 5},
                {"2003-01-20T23:59:59", "2003-01-22T10:00:00", "DONE", 2},
                {"2003-01-25T23:59:59", "2003-01-24T10:00:00", "DONE", 4},
                {"2003-02-10T23:59:59", "2003-02-09T10:00:00", "DONE", 4},
                {"2003-02-15T23:59:59", null, "UNREACHABLE", null}};
        for (int i = 0; i < calls.length; i++) {
            Object[] c = calls[i];
            followUps[i] = id("""
                    insert into follow_up (kind, source_key, customer_id, installation_id, provider_id, dealer_id, created_at,
                                           due_from, due_at, window_policy_id, priority, status, ready_at, completed_at,
                                           completed_by, satisfied)
                    values ('INSTALLATION', ?, ?, ?, ?, ?, ?, ?, ?, ?, 5, ?, ?, ?, 'agent', ?) returning id""",
                    "dashboard-" + n + "-" + i, customer, installation, provider, dealer, at("2003-01-10T12:00:00"),
                    at("2003-01-10T12:00:00"), at((String) c[0]), window, c[2], at("2003-01-10T12:00:00"),
                    c[1] == null ? null : at((String) c[1]), c[3] == null ? null : ((Integer) c[3]) >= 4);
            if (c[3] != null) {
                surveys[i] = id("""
                        insert into survey_response (follow_up_id, template_id, customer_id, provider_id, dealer_id,
                                                     installation_id, overall, satisfied, satisfied_policy_id, comment,
                                                     answered_at, answered_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'agent') returning id""",
                        followUps[i], template, customer, provider, dealer, installation, c[3], ((Integer) c[3]) >= 4,
                        satisfiedPolicy, "意见" + i, at((String) c[1]));
            }
        }
        long reply = policy("sla.first-reply");
        long urban = policy("sla.on-site.urban");
        long suburban = policy("sla.on-site.suburban");
        // type, suburban, opened, reply due, replied, on-site due, on site, responsibility
        Object[][] serviceCases = {
                {"COMPLAINT", false, "2003-01-05T09:00:00", "2003-01-06T09:00:00", "2003-01-05T12:00:00",
                        "2003-01-06T09:00:00", "2003-01-07T09:00:00", "INSTALLATION_QUALITY"},
                {"COMPLAINT", true, "2003-01-20T09:00:00", "2003-01-21T09:00:00", "2003-01-22T09:00:00",
                        "2003-01-23T09:00:00", "2003-01-22T15:00:00", "PRODUCT_QUALITY"},
                {"REPAIR", false, "2003-02-03T09:00:00", "2003-02-04T09:00:00", "2003-02-03T11:00:00", null, null, null}};
        for (int i = 0; i < serviceCases.length; i++) {
            Object[] c = serviceCases[i];
            cases[i] = id("""
                    insert into service_case (customer_id, installation_id, dealer_id, provider_id, channel, case_type,
                                              severity, status, customer_words, suburban, brand, product_line, opened_at,
                                              opened_by, first_reply_due, first_reply_policy_id, first_replied_at,
                                              on_site_due, on_site_policy_id, on_site_at, responsibility, last_action,
                                              last_action_at)
                    values (?, ?, ?, ?, 'HOTLINE', ?, 'NORMAL', 'CLOSED', '地板起拱', ?, ?, '实木多层', ?, 'agent', ?, ?, ?,
                            ?, ?, ?, ?, 'CLOSED', ?) returning id""",
                    customer, installation, dealer, provider, c[0], c[1], brand, at((String) c[2]), at((String) c[3]),
                    reply, at((String) c[4]), c[5] == null ? null : at((String) c[5]),
                    c[5] == null ? null : ((Boolean) c[1] ? suburban : urban), c[6] == null ? null : at((String) c[6]),
                    c[7], at((String) c[2]));
        }
        long answerDays = policy("information.answer-days");
        // category, filed, answered (null: not answered)
        Object[][] items = {
                {"PRODUCT", "2003-01-10T09:00:00", "2003-01-12T09:00:00"},
                {"PRODUCT", "2003-01-11T09:00:00", "2003-01-20T09:00:00"},
                {"CUSTOMER", "2003-02-11T09:00:00", null}};
        for (Object[] item : items) {
            java.sql.Timestamp filed = at((String) item[1]);
            sql.update("""
                    insert into information_item (direction, provider_id, category, urgency, subject, content, product_id,
                                                  filed_at, filed_by, answer_due, answer_policy_id, answered_at)
                    values ('FROM_NETWORK', ?, ?, 'WEEKLY', '地板开裂反馈', '客户反映开裂', ?, ?, 'provider', ?, ?, ?)""",
                    provider, item[0], product, filed, new java.sql.Timestamp(filed.getTime() + 3L * 24 * 3600 * 1000),
                    answerDays, item[2] == null ? null : at((String) item[2]));
        }
        sql.update("""
                insert into case_study_compliance (provider_id, month, compliant, reason, deduction, recorded_at)
                values (?, date '2003-01-01', true, null, 0, now()), (?, date '2003-02-01', false, 'MISSING', 50, now())""",
                provider, provider);
        filter = new DashboardFilter(new Period(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 4, 1)), "330000", brand, null);
        refresh.refresh();
    }

    private <T> T asManager(java.util.concurrent.Callable<T> work) throws Exception {
        return RunAs.role(Role.MANAGER, work);
    }

    @Test
    void satisfactionIsSatisfiedOverAnsweredByMonthAndByProviderDealerRegionAndProduct() throws Exception {
        assertThat(asManager(() -> dashboard.satisfactionTrend(filter)))
                .extracting(Figure::key, Figure::total, Figure::hits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2003-01", 3L, 2L),
                        org.assertj.core.groups.Tuple.tuple("2003-02", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("2003-03", 0L, 0L));
        assertThat(asManager(() -> dashboard.satisfactionTrend(filter)).get(0).percent()).isEqualByComparingTo("66.7");
        assertThat(asManager(() -> dashboard.satisfaction(filter, Breakdown.PROVIDER))).singleElement()
                .satisfies(f -> {
                    assertThat(f.key()).isEqualTo(Long.toString(provider));
                    assertThat(f.label()).startsWith("看板服务商");
                    assertThat(f.total()).isEqualTo(4);
                    assertThat(f.hits()).isEqualTo(3);
                    assertThat(f.percent()).isEqualByComparingTo("75.0");
                });
        assertThat(asManager(() -> dashboard.satisfaction(filter, Breakdown.DEALER))).singleElement()
                .satisfies(f -> assertThat(f.key()).isEqualTo(Long.toString(dealer)));
        assertThat(asManager(() -> dashboard.satisfaction(filter, Breakdown.REGION))).singleElement()
                .satisfies(f -> assertThat(f.label()).isEqualTo("杭州市"));
        assertThat(asManager(() -> dashboard.satisfaction(filter, Breakdown.PRODUCT))).singleElement()
                .satisfies(f -> assertThat(f.key()).isEqualTo(brand + "|实木多层"));
        // another province: nothing
        DashboardFilter beijing = new DashboardFilter(filter.period(), "110000", brand, null);
        assertThat(asManager(() -> dashboard.satisfaction(beijing, Breakdown.PROVIDER))).isEmpty();
    }

    @Test
    void aSatisfactionFigureDrillsDownToExactlyTheSurveysBehindItPagedByTheDatabase() throws Exception {
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.SATISFACTION_MONTH, "2003-01", 0, 20)))
                .extracting(DrillRow::id).containsExactly(surveys[2], surveys[1], surveys[0]);
        assertThat(asManager(() -> dashboard.drillCount(filter, DrillKind.SATISFACTION_MONTH, "2003-01"))).isEqualTo(3);
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.SATISFACTION_MONTH, "2003-01:SATISFIED", 0, 20)))
                .extracting(DrillRow::id).containsExactly(surveys[2], surveys[0]);
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.SATISFACTION_MONTH, "2003-01", 1, 1)))
                .extracting(DrillRow::id).containsExactly(surveys[1]);
        List<DrillRow> providers = asManager(() -> dashboard.drill(filter, DrillKind.SATISFACTION_PROVIDER,
                Long.toString(provider), 0, 20));
        assertThat(providers).extracting(DrillRow::id).containsExactly(surveys[3], surveys[2], surveys[1], surveys[0]);
        assertThat(providers.get(2)).satisfies(row -> {
            assertThat(row.customer()).isEqualTo("看板客户甲");
            assertThat(row.code()).isEqualTo("2");
            assertThat(row.detail()).isEqualTo("意见1");
            assertThat(row.outcome()).isEqualTo("UNSATISFIED");
        });
    }

    @Test
    void followUpCoverageCountsTheWindowsEndedInThePeriodReachedAndReachedInTime() throws Exception {
        assertThat(asManager(() -> dashboard.followUpCoverage(filter))).singleElement().satisfies(row -> {
            assertThat(row).isEqualTo(new CoverageRow("INSTALLATION", 5, 4, 3));
            assertThat(row.coverage()).isEqualByComparingTo("80.0");
            assertThat(row.timeliness()).isEqualByComparingTo("60.0");
        });
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.FOLLOW_UP, "INSTALLATION:NOT_REACHED", 0, 20)))
                .extracting(DrillRow::id).containsExactly(followUps[4]);
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.FOLLOW_UP, "INSTALLATION:LATE", 0, 20)))
                .extracting(DrillRow::id).containsExactly(followUps[1]);
    }

    @Test
    void slaComplianceCountsEachClockAndDrillsDownToTheMissedCases() throws Exception {
        assertThat(asManager(() -> dashboard.slaCompliance(filter)))
                .extracting(Figure::key, Figure::total, Figure::hits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FIRST_REPLY", 3L, 2L),
                        org.assertj.core.groups.Tuple.tuple("ON_SITE_URBAN", 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("ON_SITE_SUBURBAN", 1L, 1L));
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.SLA, "FIRST_REPLY:MISSED", 0, 20)))
                .extracting(DrillRow::id, DrillRow::outcome).containsExactly(org.assertj.core.groups.Tuple.tuple(cases[1], "MISSED"));
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.SLA, "ON_SITE_URBAN:MISSED", 0, 20)))
                .extracting(DrillRow::id).containsExactly(cases[0]);
        assertThat(asManager(() -> dashboard.drillCount(filter, DrillKind.SLA, "FIRST_REPLY"))).isEqualTo(3);
    }

    @Test
    void complaintsPerThousandInstallationsAndTheResponsibilityMix() throws Exception {
        List<Figure> complaints = asManager(() -> dashboard.complaintRate(filter));
        assertThat(complaints).extracting(Figure::key, Figure::total, Figure::hits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2003-01", 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple("2003-02", 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("2003-03", 0L, 0L));
        assertThat(complaints.get(0).perThousand()).isEqualByComparingTo("2000");
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.COMPLAINTS, "2003-01", 0, 20)))
                .extracting(DrillRow::id).containsExactly(cases[1], cases[0]);

        assertThat(asManager(() -> dashboard.responsibilityMix(filter)))
                .extracting(Figure::key, Figure::total, Figure::hits)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("INSTALLATION_QUALITY", 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("PRODUCT_QUALITY", 2L, 1L));
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.RESPONSIBILITY, "PRODUCT_QUALITY", 0, 20)))
                .extracting(DrillRow::id).containsExactly(cases[1]);
    }

    @Test
    void informationItemsAnsweredWithinThreeDaysCaseStudyComplianceAndTheProviderRanking() throws Exception {
        assertThat(asManager(() -> dashboard.informationTimeliness(filter)))
                .extracting(Figure::key, Figure::total, Figure::hits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CUSTOMER", 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("PRODUCT", 2L, 1L));
        assertThat(asManager(() -> dashboard.drill(filter, DrillKind.INFORMATION, "PRODUCT:LATE", 0, 20)))
                .singleElement().satisfies(row -> assertThat(row.outcome()).isEqualTo("LATE"));

        DashboardFilter zhejiang = new DashboardFilter(filter.period(), "330100", null, null);
        assertThat(asManager(() -> dashboard.caseStudyCompliance(zhejiang)))
                .extracting(Figure::key, Figure::total, Figure::hits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2003-01", 1L, 1L), org.assertj.core.groups.Tuple.tuple("2003-02", 1L, 0L));
        assertThat(asManager(() -> dashboard.drill(zhejiang, DrillKind.CASE_STUDIES, "2003-02", 0, 50)))
                .filteredOn(row -> row.organisation().startsWith("看板服务商"))
                .singleElement().satisfies(row -> {
                    assertThat(row.outcome()).isEqualTo("MISSING");
                    assertThat(new BigDecimal(row.detail())).isEqualByComparingTo("50");
                });

        assertThat(asManager(() -> dashboard.providerRanking(filter))).singleElement().satisfies(rank -> {
            assertThat(rank.rank()).isEqualTo(1);
            assertThat(rank.providerId()).isEqualTo(provider);
            assertThat(rank.surveys()).isEqualTo(4);
            assertThat(rank.satisfied()).isEqualTo(3);
            assertThat(rank.clocks()).isEqualTo(5);
            assertThat(rank.clocksMet()).isEqualTo(3);
            assertThat(rank.complaints()).isEqualTo(2);
        });
    }

    @Test
    void theFiguresFollowTheRecordsAtEachRefreshAndAWindowCountsOnlyOnceItHasEnded() throws Exception {
        long n = System.nanoTime() % 1_000_000_000L;
        String own = "看板新" + n;
        long product = id("""
                insert into product (code, brand, product_line, name, category, length_mm, width_mm, thickness_mm)
                values (?, ?, '强化', '看板测试地板', '强化复合', 1218, 198, 12) returning id""", "DN-" + n, own);
        long customer = id("insert into customer (name, region_code) values ('看板客户乙', '330102') returning id");
        long installation = id("""
                insert into installation_archive (customer_id, provider_id, installation_method, installed_on,
                                                  free_period_policy_id, card_rule_policy_id, created_by)
                values (?, ?, 'FLOATING', current_date, ?, ?, 'test') returning id""",
                customer, provider, policy("warranty.free-period"), policy("warranty.card-required-from"));
        sql.update("insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price) values (?, 1, ?, 20, 150)",
                installation, product);
        // far enough ahead that the first refresh comes before it, however loaded the machine
        java.time.Instant due = java.time.Instant.now().plusSeconds(120);
        long followUp = id("""
                insert into follow_up (kind, source_key, customer_id, installation_id, provider_id, created_at, due_from,
                                       due_at, window_policy_id, priority, status, ready_at)
                values ('INSTALLATION', ?, ?, ?, ?, now(), now(), ?, ?, 5, 'UNREACHABLE', now()) returning id""",
                "dashboard-now-" + n, customer, installation, provider, java.sql.Timestamp.from(due),
                policy("followup.call-window.installation"));
        long serviceCase = id("""
                insert into service_case (customer_id, installation_id, provider_id, channel, case_type, severity, status,
                                          customer_words, suburban, brand, product_line, opened_at, opened_by,
                                          first_reply_due, first_reply_policy_id, last_action, last_action_at)
                values (?, ?, ?, 'HOTLINE', 'REPAIR', 'NORMAL', 'OPEN', '地板异响', false, ?, '强化', now(), 'agent', ?, ?,
                        'OPENED', now()) returning id""",
                customer, installation, provider, own, java.sql.Timestamp.from(due), policy("sla.first-reply"));
        java.time.YearMonth month = java.time.YearMonth.from(due.atZone(Period.BEIJING));
        DashboardFilter own3 = new DashboardFilter(Period.of(month.minusMonths(1), month.plusMonths(1)), "330000", own, null);

        refresh.refresh();
        assertThat(asManager(() -> dashboard.followUpCoverage(own3))).as("the window has not ended").isEmpty();
        assertThat(asManager(() -> dashboard.drillCount(own3, DrillKind.FOLLOW_UP, "INSTALLATION"))).isZero();
        assertThat(asManager(() -> dashboard.slaCompliance(own3)).get(0).total()).as("the clock is running").isZero();

        clock.advance(java.time.Duration.between(java.time.Instant.now(), due).plusSeconds(1)); // the deadline passes
        assertThat(asManager(() -> dashboard.followUpCoverage(own3))).as("not before the next refresh").isEmpty();
        refresh.refresh();           // no row changed: the window and the clock ended since the last refresh
        assertThat(asManager(() -> dashboard.followUpCoverage(own3))).containsExactly(new CoverageRow("INSTALLATION", 1, 0, 0));
        assertThat(asManager(() -> dashboard.slaCompliance(own3)).get(0))
                .satisfies(f -> assertThat(List.of(f.total(), f.hits())).containsExactly(1L, 0L));
        assertThat(asManager(() -> dashboard.drill(own3, DrillKind.SLA, "FIRST_REPLY:MISSED", 0, 20)))
                .extracting(DrillRow::id).containsExactly(serviceCase);
        assertThat(asManager(() -> dashboard.drill(own3, DrillKind.FOLLOW_UP, "INSTALLATION:NOT_REACHED", 0, 20)))
                .extracting(DrillRow::id).containsExactly(followUp);

        sql.update("update follow_up set status = 'DONE', completed_at = due_at - interval '1 minute', satisfied = true where id = ?", followUp);
        long survey = id("""
                insert into survey_response (follow_up_id, template_id, customer_id, provider_id, installation_id, overall,
                                             satisfied, satisfied_policy_id, answered_at, answered_by)
                values (?, (select id from survey_template where code = 'SERVICE_CARD' and version = 1), ?, ?, ?, 5, true, ?,
                        ?, 'agent') returning id""",
                followUp, customer, provider, installation, policy("survey.satisfied-score"), java.sql.Timestamp.from(due));
        assertThat(asManager(() -> dashboard.followUpCoverage(own3))).containsExactly(new CoverageRow("INSTALLATION", 1, 0, 0));
        refresh.refresh();
        assertThat(asManager(() -> dashboard.followUpCoverage(own3))).containsExactly(new CoverageRow("INSTALLATION", 1, 1, 1));
        assertThat(asManager(() -> dashboard.satisfaction(own3, Breakdown.REGION))).singleElement()
                .satisfies(f -> assertThat(List.of(f.key(), f.total(), f.hits())).containsExactly("330100", 1L, 1L));
        assertThat(asManager(() -> dashboard.complaintRate(own3)))
                .as("installed this month (Beijing), its product its first line's")
                .filteredOn(f -> f.key().equals(java.time.YearMonth.now(Period.BEIJING).toString()))
                .singleElement().satisfies(f -> assertThat(f.total()).isEqualTo(1));

        sql.update("update survey_response set overall = 2, satisfied = false where id = ?", survey);
        refresh.refresh();
        assertThat(asManager(() -> dashboard.satisfaction(own3, Breakdown.REGION))).singleElement()
                .satisfies(f -> assertThat(List.of(f.total(), f.hits())).containsExactly(1L, 0L));
        assertThat(asManager(() -> dashboard.drillCount(own3, DrillKind.SATISFACTION_REGION, "330100:UNSATISFIED"))).isEqualTo(1);

        sql.update("delete from survey_response where id = ?", survey);
        refresh.refresh();
        assertThat(asManager(() -> dashboard.satisfaction(own3, Breakdown.REGION))).isEmpty();
    }

    /**
     * An agent's reservation and the retry counters move no figure: they mark no month stale (V35), so that a day of
     * "next call" does not recompute the follow-up months at every refresh. A change of what the roll-up counts marks
     * the month the follow-up was due in and the month it is due in now.
     */
    @Test
    void onlyAChangeOfWhatTheFollowUpRollupCountsMarksItsMonthsStale() throws Exception {
        // the refresh timer would take the marks away while they are counted
        com.aftersales.crm.platform.BackgroundWork.pause(java.time.Duration.ofMinutes(2));
        try {
            staleMarks(followUps[0]);
        } finally {
            com.aftersales.crm.platform.BackgroundWork.resume();
        }
    }

    private void staleMarks(long followUp) {
        String stale = "select count(*) from dashboard_stale_month where source = 'FOLLOW_UP' and month = "
                + "dashboard_month((select due_at from follow_up where id = ?) + cast(? as interval))";
        long dueMonth = id(stale, followUp, "0 months");
        long nextMonth = id(stale, followUp, "1 month");
        sql.update("update follow_up set claimed_by = 'agent', claim_expires_at = now() + interval '5 minutes' where id = ?",
                followUp);
        sql.update("update follow_up set claimed_by = null, claim_expires_at = null, attempts = attempts + 1, "
                + "ready_at = ready_at + interval '1 hour' where id = ?", followUp);
        assertThat(id(stale, followUp, "0 months")).as("a reservation and a retry's counters").isEqualTo(dueMonth);

        sql.update("update follow_up set due_at = due_at + interval '1 month' where id = ?", followUp);
        assertThat(id(stale, followUp, "0 months")).as("the month it is due in now").isEqualTo(nextMonth + 1);
        assertThat(id(stale, followUp, "-1 month")).as("the month it was due in").isEqualTo(dueMonth + 1);
        sql.update("update follow_up set due_at = due_at - interval '1 month', attempts = attempts - 1, "
                + "ready_at = ready_at - interval '1 hour' where id = ?", followUp);
        assertThat(id(stale, followUp, "0 months")).as("moved back").isEqualTo(dueMonth + 2);
    }

    @Test
    void afterARefreshTheRollupsSumToTheBaseTables() throws Exception {
        refresh.refresh();
        assertThat(sql.value("select coalesce(sum(answered), 0) from dashboard_survey_month"))
                .isEqualTo(new BigDecimal(sql.value("select count(*) from survey_response").toString()));
        assertThat(sql.value("select coalesce(sum(installations), 0) from dashboard_installation_month"))
                .isEqualTo(new BigDecimal(sql.value("select count(*) from installation_archive").toString()));
        assertThat(sql.value("select coalesce(sum(complaints), 0) from dashboard_case_month"))
                .isEqualTo(new BigDecimal(sql.value("select count(*) from service_case where case_type = 'COMPLAINT'").toString()));
        assertThat(sql.value("select coalesce(sum(cases), 0) from dashboard_responsibility_month")).isEqualTo(new BigDecimal(
                sql.value("select count(*) from service_case where responsibility is not null").toString()));
    }

    @Test
    void supervisorsAndAdministratorsReadItProvidersDealersAndAgentsAreRefused() throws Exception {
        assertThat(RunAs.role(Role.SUPERVISOR, () -> dashboard.satisfactionTrend(filter))).hasSize(3);
        assertThat(RunAs.role(Role.ADMIN, () -> dashboard.slaCompliance(filter))).hasSize(3);
        UserPrincipal providerUser = new UserPrincipal(-1, "test-provider-dash", "服务商", Set.of(Role.PROVIDER), null,
                provider, "zh_CN");
        UserPrincipal dealerUser = new UserPrincipal(-1, "test-dealer-dash", "经销商", Set.of(Role.DEALER), dealer, null,
                "zh_CN");
        assertThatThrownBy(() -> RunAs.user(providerUser, () -> dashboard.satisfactionTrend(filter))).isInstanceOf(com.aftersales.crm.security.boundary.AccessDenied.class);
        assertThatThrownBy(() -> RunAs.user(dealerUser, () -> dashboard.drill(filter, DrillKind.SATISFACTION_MONTH, "2003-01", 0, 20)))
                .isInstanceOf(com.aftersales.crm.security.boundary.AccessDenied.class);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> dashboard.providerRanking(filter))).isInstanceOf(com.aftersales.crm.security.boundary.AccessDenied.class);
    }
}
