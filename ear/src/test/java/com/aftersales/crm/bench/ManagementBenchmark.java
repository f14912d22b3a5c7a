package com.aftersales.crm.bench;

import com.aftersales.crm.assessment.boundary.Assessments;
import com.aftersales.crm.assessment.boundary.MonthResult;
import com.aftersales.crm.dashboard.boundary.Dashboard;
import com.aftersales.crm.dashboard.boundary.DashboardFilter;
import com.aftersales.crm.dashboard.boundary.DashboardRefresh;
import com.aftersales.crm.dashboard.entity.Breakdown;
import com.aftersales.crm.dashboard.entity.DrillKind;
import com.aftersales.crm.dashboard.entity.Period;
import com.aftersales.crm.dashboard.entity.RollupSource;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Management's speed bars, measured at the service layer inside the server, on one fresh database ({@link Bench})
 * with 10,000,000 installations, 5,000,000 follow-ups (their surveys), 2,000,000 cases (a tenth of them with an SLA
 * pause) and 800 providers: each dashboard view and drill-down p95 ≤ 1 s (20 calls a repetition over new random
 * filters: a period of 1–12 months in the last three years, a province one time in two, a brand one time in three);
 * what a roll-up refresh costs; last month's assessment of every provider ≤ 60 s (each repetition replaces the one
 * before) and the year before settled.
 *
 * <p>The generator is set-based SQL: 800 providers ({@code DBP-…}), 500 dealers ({@code DBD-…}),
 * 24 products of three brands, customers up to {@code crm.bench.dashboard.customers}, installations with one line
 * each, follow-ups of those installations (94 % reached) and a survey for every reached follow-up that has none,
 * cases with their SLA clocks and responsibility, information items (a twentieth of the cases) and three years of
 * case-study months per provider; for last month, ten SLA breaches, four network events and four archive weeks per
 * provider.
 */
@ExtendWith(ArquillianExtension.class)
class ManagementBenchmark {

    private static final long CUSTOMERS = Long.getLong("crm.bench.dashboard.customers", 1_000_000);
    private static final long INSTALLATIONS = Long.getLong("crm.bench.dashboard.installations", 10_000_000);
    private static final long FOLLOW_UPS = Long.getLong("crm.bench.dashboard.follow-ups", 5_000_000);
    private static final long CASES = Long.getLong("crm.bench.dashboard.cases", 2_000_000);
    private static final int CALLS = Integer.getInteger("crm.bench.dashboard.calls", 20);
    private static final int WARM_UP = 3;
    /** Signed providers, each with its customers, installations, cases and surveys (the scoring's 800). */
    private static final int PROVIDERS = Integer.getInteger("crm.bench.providers", 800);
    private static final long CHUNK = 500_000;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ManagementBenchmark.class.getPackage());
    }

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Inject
    Dashboard dashboard;

    @Inject
    DashboardRefresh refresh;

    @Inject
    Assessments assessments;

    @Test
    void dashboardViewsAndTheMonthlyAssessmentOnTenMillionInstallations() throws Exception {
        Bench bench = Bench.start("management", "the dashboard's views and drill-downs, the monthly assessment of every "
                + "provider and the yearly settlement", dataSource);
        YearMonth month = YearMonth.now(Period.BEIJING).minusMonths(1);
        generate(bench, month);
        bench.generate("every month's roll-ups rebuilt (as the nightly run, the generator wrote with triggers off)", () -> {
            refresh.markAllStale();
            refresh.refresh();
            return null;
        });
        Subject manager = subject(Role.MANAGER);
        Subject supervisor = subject(Role.SUPERVISOR);
        Map<String, Function<DashboardFilter, Object>> views = views();
        views.keySet().forEach(view -> bench.target(view + " p95", 1000));
        String assessment = "monthly assessment: " + month + " for every provider";
        bench.target(assessment, 60);
        Random random = new Random(20261129);
        bench.measure(repetition -> {
            // new random filters every repetition; within one, the same filters for every view
            List<DashboardFilter> filters = filters(random, repetition.warmUp() ? WARM_UP : CALLS);
            for (var view : views.entrySet()) {
                Bench.Latency latency = repetition.latency(view.getKey());
                for (DashboardFilter filter : filters) {
                    manager.execute(() -> latency.time(() -> view.getValue().apply(filter)));
                }
            }
            // what a 5-minute refresh costs: one month of each source recomputed (the generator's last whole month)
            for (RollupSource source : RollupSource.values()) {
                repetition.seconds("roll-up: one month of " + source.name().toLowerCase() + " recomputed",
                        () -> {
                            refresh.recompute(source, month, java.time.Instant.now());
                            return null;
                        });
            }
            repetition.seconds("roll-up: a refresh with nothing to do", () -> refresh.refresh());
            // each run replaces the month's assessment before
            MonthResult result = repetition.seconds(assessment, () -> supervisor.execute(() -> assessments.compute(month)));
            assertThat(result.assessed()).as("providers assessed").isGreaterThanOrEqualTo(PROVIDERS);
            repetition.seconds("yearly settlement: " + (month.getYear() - 1) + " for every provider",
                    () -> supervisor.execute(() -> assessments.settleYear(month.getYear() - 1)));
        });
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            bench.note(String.format("roll-up rows: surveys %,d, follow-ups %,d, cases %,d, responsibility %,d, installations %,d; "
                            + "assessment lines of %s: %,d",
                    count(sql, "select count(*) from dashboard_survey_month"), count(sql, "select count(*) from dashboard_follow_up_month"),
                    count(sql, "select count(*) from dashboard_case_month"), count(sql, "select count(*) from dashboard_responsibility_month"),
                    count(sql, "select count(*) from dashboard_installation_month"), month,
                    count(sql, "select count(*) from assessment_line l join monthly_assessment a on a.id = l.assessment_id "
                            + "where a.month = date '" + month.atDay(1) + "'")));
        }
        bench.finish();
    }

    private Map<String, Function<DashboardFilter, Object>> views() {
        Map<String, Function<DashboardFilter, Object>> views = new LinkedHashMap<>();
        views.put("satisfaction trend", f -> dashboard.satisfactionTrend(f));
        views.put("satisfaction by provider", f -> dashboard.satisfaction(f, Breakdown.PROVIDER));
        views.put("satisfaction by dealer", f -> dashboard.satisfaction(f, Breakdown.DEALER));
        views.put("satisfaction by region", f -> dashboard.satisfaction(f, Breakdown.REGION));
        views.put("satisfaction by product", f -> dashboard.satisfaction(f, Breakdown.PRODUCT));
        views.put("follow-up coverage", f -> dashboard.followUpCoverage(f));
        views.put("SLA compliance", f -> dashboard.slaCompliance(f));
        views.put("complaints per 1,000", f -> dashboard.complaintRate(f));
        views.put("responsibility mix", f -> dashboard.responsibilityMix(f));
        views.put("information in 3 days", f -> dashboard.informationTimeliness(f));
        views.put("case-study compliance", f -> dashboard.caseStudyCompliance(f));
        views.put("provider ranking", f -> dashboard.providerRanking(f));
        views.put("drill: a month's surveys", f -> {
            String month = f.period().months().get(0).toString();
            dashboard.drillCount(f, DrillKind.SATISFACTION_MONTH, month);
            return dashboard.drill(f, DrillKind.SATISFACTION_MONTH, month, 0, 20);
        });
        views.put("drill: a provider's unsatisfied surveys, page 3", f -> {
            List<com.aftersales.crm.dashboard.boundary.Figure> providers = dashboard.satisfaction(f, Breakdown.PROVIDER);
            String key = (providers.isEmpty() ? "-" : providers.get(0).key()) + ":UNSATISFIED";
            dashboard.drillCount(f, DrillKind.SATISFACTION_PROVIDER, key);
            return dashboard.drill(f, DrillKind.SATISFACTION_PROVIDER, key, 40, 20);
        });
        views.put("drill: missed on-site visits (urban)", f -> {
            dashboard.drillCount(f, DrillKind.SLA, "ON_SITE_URBAN:MISSED");
            return dashboard.drill(f, DrillKind.SLA, "ON_SITE_URBAN:MISSED", 0, 20);
        });
        views.put("drill: follow-ups not reached", f -> {
            dashboard.drillCount(f, DrillKind.FOLLOW_UP, "INSTALLATION:NOT_REACHED");
            return dashboard.drill(f, DrillKind.FOLLOW_UP, "INSTALLATION:NOT_REACHED", 0, 20);
        });
        return views;
    }

    private static Subject subject(Role role) {
        return new Subject.Builder(new DefaultSecurityManager())
                .principals(new SimplePrincipalCollection(new UserPrincipal(-1, "bench-" + role.name().toLowerCase(),
                        "bench", Set.of(role), null, null, "zh_CN"), "bench"))
                .authenticated(true).sessionCreationEnabled(false).buildSubject();
    }

    /** Random filters: periods of 1–12 months in the last three years, a province one time in two, a brand in three. */
    private List<DashboardFilter> filters(Random random, int count) throws Exception {
        List<String> provinces = new ArrayList<>();
        List<String> brands = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select distinct left(region_code, 2) || '0000' from service_provider where code like 'DBP-%'")) {
                while (rows.next()) {
                    provinces.add(rows.getString(1));
                }
            }
            try (ResultSet rows = sql.executeQuery("select distinct brand from product where code like 'DBPR-%'")) {
                while (rows.next()) {
                    brands.add(rows.getString(1));
                }
            }
        }
        YearMonth now = YearMonth.now(Period.BEIJING);
        List<DashboardFilter> filters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int months = 1 + random.nextInt(12);
            YearMonth first = now.minusMonths(months - 1L + random.nextInt(36 - months + 1));
            filters.add(new DashboardFilter(Period.of(first, first.plusMonths(months - 1L)),
                    random.nextBoolean() ? provinces.get(random.nextInt(provinces.size())) : null,
                    random.nextInt(3) == 0 ? brands.get(random.nextInt(brands.size())) : null, null));
        }
        return filters;
    }

    private void generate(Bench bench, YearMonth month) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            boolean checked = true;
            try {
                sql.execute("set session_replication_role = replica");
                checked = false;
            } catch (java.sql.SQLException notSuperuser) {
                bench.note("generator: foreign keys checked row by row");
            }
            try {
                generate(bench, sql);
                long pauses = bench.generate("SLA pauses on one case in ten", () -> CaseListBenchmark.pauses(sql, "bench-dashboard"));
                assessmentMonth(bench, sql, month);
                sql.execute("vacuum analyze");
                bench.size("SLA pauses", pauses).size("SLA breaches", count(sql, "select count(*) from sla_breach"))
                        .size("providers", count(sql, "select count(*) from service_provider"));
            } finally {
                if (!checked) {
                    sql.execute("reset session_replication_role");
                }
            }
        }
    }

    private void generate(Bench bench, Statement sql) throws Exception {
        long start = System.nanoTime();
        sql.execute("""
                insert into service_provider (code, name, region_code, market_level, agreement_signed_on, grade, status)
                select 'DBP-' || g, '看板服务商' || g, c.code, c.market_level, date '2020-01-01', 'B', 'ACTIVE'
                from generate_series(1, @N@) g
                join (select code, market_level, row_number() over (order by code) - 1 as n from region where kind = 'CITY') c
                  on c.n = g % (select count(*) from region where kind = 'CITY')
                on conflict (code) do nothing""".replace("@N@", Integer.toString(PROVIDERS)));
        sql.execute("""
                insert into dealer (code, name, region_code, market_level)
                select 'DBD-' || g, '看板经销商' || g, c.code, c.market_level
                from generate_series(1, 500) g
                join (select code, market_level, row_number() over (order by code) - 1 as n from region where kind = 'CITY') c
                  on c.n = g % (select count(*) from region where kind = 'CITY')
                on conflict (code) do nothing""");
        sql.execute("""
                insert into product (code, brand, product_line, name, category, length_mm, width_mm, thickness_mm)
                select 'DBPR-' || g, (array['生活家', '巴洛克', '金麦田'])[g % 3 + 1],
                       (array['实木多层', '强化复合', '实木', '地暖专用'])[g % 4 + 1], '看板地板' || g, '实木多层', 910, 125, 15
                from generate_series(1, 24) g
                on conflict (code) do nothing""");
        sql.execute("drop table if exists bench_provider, bench_dealer, bench_product, bench_city, bench_customer");
        sql.execute("create temp table bench_provider as select row_number() over (order by id) - 1 as n, id from service_provider where code like 'DBP-%'");
        sql.execute("create temp table bench_dealer as select row_number() over (order by id) - 1 as n, id, region_code from dealer where code like 'DBD-%'");
        sql.execute("create temp table bench_product as select row_number() over (order by id) - 1 as n, id, brand, product_line from product where code like 'DBPR-%'");
        sql.execute("create temp table bench_city as select row_number() over (order by code) - 1 as n, code from region where kind = 'CITY'");

        long customers = topUp(sql, "customer", CUSTOMERS, """
                insert into customer (name, region_code, dealer_id, suburban)
                select '看板客户' || g, d.region_code, d.id, g % 4 = 0
                from generate_series(@FROM@, @TO@) g
                join bench_dealer d on d.n = g % (select count(*) from bench_dealer)""");
        // a customer buys from a dealer of their city and is served by the provider of their city, as in the business
        sql.execute("""
                create temp table bench_customer as
                select row_number() over (order by cu.id) - 1 as n, cu.id, cu.dealer_id, p.id as provider_id
                from customer cu
                left join bench_city c on c.code = left(cu.region_code, 4) || '00'
                left join bench_provider p on p.n = coalesce(c.n, cu.id) % (select count(*) from bench_provider)
                where cu.merged_into_id is null""");
        long customerCount = count(sql, "select count(*) from bench_customer");

        long installations = topUp(sql, "installation_archive", INSTALLATIONS, """
                with made as (
                    insert into installation_archive (customer_id, dealer_id, provider_id, installation_method, installed_on,
                                                      accepted_on, free_period_policy_id, card_rule_policy_id, created_by)
                    select c.id, c.dealer_id, c.provider_id, 'FLOATING', current_date - 9 - (g % 1095)::int, current_date - 6 - (g % 1095)::int,
                           (select max(id) from policy_value where policy_key = 'warranty.free-period'),
                           (select max(id) from policy_value where policy_key = 'warranty.card-required-from'), 'bench-dashboard'
                    from generate_series(@FROM@, @TO@) g
                    join bench_customer c on c.n = g % @CUSTOMERS@
                    returning id)
                insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price)
                select made.id, 1, pr.id, 30, 200 from made join bench_product pr on pr.n = made.id % (select count(*) from bench_product)"""
                .replace("@CUSTOMERS@", Long.toString(customerCount)));
        long[] span = span(sql);

        long followUps = topUp(sql, "follow_up", FOLLOW_UPS, """
                insert into follow_up (kind, source_key, customer_id, installation_id, provider_id, dealer_id, created_at, due_from,
                                       due_at, window_policy_id, priority, status, ready_at, attempts, failed_attempts,
                                       last_outcome, completed_at, completed_by, satisfied)
                select k.kind, 'D:' || g, i.customer_id, i.id, i.provider_id, i.dealer_id, t.created_at, t.created_at,
                       t.created_at + case when k.kind = 'INSTALLATION' then interval '7 days' else interval '24 hours' end,
                       (select max(id) from policy_value where policy_key = 'followup.call-window.installation'), 3, s.status,
                       t.created_at, case when s.status = 'UNREACHABLE' then 3 else 1 end,
                       case when s.status = 'UNREACHABLE' then 3 else 0 end,
                       case s.status when 'DONE' then 'REACHED' when 'REFUSED' then 'REFUSED' else 'NO_ANSWER' end,
                       t.created_at + (g % 40) * interval '1 hour', 'agent', case when s.status = 'DONE' then g % 7 <> 0 end
                from generate_series(@FROM@, @TO@) g
                join installation_archive i on i.id = @MIN@ + g % @SPAN@
                cross join lateral (select case when g % 10 < 7 then 'INSTALLATION' when g % 10 < 9 then 'VISIT'
                                                else 'COMPLAINT' end as kind) k
                cross join lateral (select case when g % 100 < 4 then 'UNREACHABLE' when g % 100 < 6 then 'REFUSED'
                                                else 'DONE' end as status) s
                cross join lateral (select now() - interval '9 days' - (g % 1095) * interval '1 day'
                                           - (g % 1440) * interval '1 minute' as created_at) t"""
                .replace("@MIN@", Long.toString(span[0])).replace("@SPAN@", Long.toString(span[1])));

        long surveysBefore = count(sql, "select count(*) from survey_response");
        long[] ids = {count(sql, "select coalesce(min(id), 0) from follow_up"), count(sql, "select coalesce(max(id), 0) from follow_up")};
        for (long from = ids[0]; from <= ids[1]; from += CHUNK) {
            sql.execute("""
                    insert into survey_response (follow_up_id, template_id, customer_id, provider_id, dealer_id, case_id,
                                                 installation_id, overall, satisfied, satisfied_policy_id, answered_at, answered_by)
                    select f.id, (select id from survey_template where code = 'SERVICE_CARD' and version = 1), f.customer_id,
                           coalesce(f.provider_id, p.id), f.dealer_id, f.case_id, f.installation_id,
                           case when coalesce(f.satisfied, true) then 4 + f.id % 2 else 1 + f.id % 3 end,
                           coalesce(f.satisfied, true),
                           (select max(id) from policy_value where policy_key = 'survey.satisfied-score'), f.completed_at, 'agent'
                    from follow_up f
                    left join bench_provider p on p.n = f.id % (select count(*) from bench_provider)
                    where f.status = 'DONE' and f.completed_at is not null and f.id between @FROM@ and @TO@
                      and not exists (select 1 from survey_response r where r.follow_up_id = f.id)"""
                    .replace("@FROM@", Long.toString(from)).replace("@TO@", Long.toString(from + CHUNK - 1)));
        }
        long surveys = count(sql, "select count(*) from survey_response") - surveysBefore;

        long cases = topUp(sql, "service_case", CASES, """
                insert into service_case (customer_id, installation_id, dealer_id, provider_id, channel, case_type, severity,
                                          status, customer_words, suburban, brand, product_line, opened_at, opened_by,
                                          first_reply_due, first_reply_policy_id, first_replied_at, on_site_due,
                                          on_site_policy_id, on_site_at, responsibility, closed_at, last_action, last_action_at)
                select i.customer_id, i.id, i.dealer_id, i.provider_id, 'HOTLINE', k.type, 'NORMAL', 'CLOSED', '看板压测',
                       g % 4 = 0, pr.brand, pr.product_line, t.opened, 'bench-dashboard',
                       case when k.type <> 'CONSULTATION' then t.opened + interval '24 hours' end,
                       case when k.type <> 'CONSULTATION' then (select max(id) from policy_value where policy_key = 'sla.first-reply') end,
                       case when k.type <> 'CONSULTATION' then t.opened + (g % 30) * interval '1 hour' end,
                       case when k.type in ('COMPLAINT', 'REPAIR') then t.opened + case when g % 4 = 0 then interval '72 hours' else interval '24 hours' end end,
                       case when k.type in ('COMPLAINT', 'REPAIR') then (select max(id) from policy_value
                                 where policy_key = case when g % 4 = 0 then 'sla.on-site.suburban' else 'sla.on-site.urban' end) end,
                       case when k.type in ('COMPLAINT', 'REPAIR') then t.opened + (g % 90) * interval '1 hour' end,
                       case when k.type in ('COMPLAINT', 'REPAIR') then (array['PRODUCT_QUALITY', 'INSTALLATION_QUALITY', 'SERVICE_QUALITY',
                                                                      'CUSTOMER_USE', 'LOGISTICS', 'UNDETERMINED'])[g % 6 + 1] end,
                       t.opened + interval '5 days', 'CLOSED', t.opened + interval '5 days'
                from generate_series(@FROM@, @TO@) g
                join installation_archive i on i.id = @MIN@ + g % @SPAN@
                join bench_product pr on pr.n = g % (select count(*) from bench_product)
                cross join lateral (select case when g % 10 < 4 then 'CONSULTATION' when g % 10 < 7 then 'COMPLAINT'
                                                when g % 10 < 9 then 'REPAIR' else 'MAINTENANCE' end as type) k
                cross join lateral (select now() - interval '6 days' - (g % 1095) * interval '1 day'
                                           - (g % 1440) * interval '1 minute' as opened) t"""
                .replace("@MIN@", Long.toString(span[0])).replace("@SPAN@", Long.toString(span[1])));

        long items = topUp(sql, "information_item", CASES / 20, """
                insert into information_item (direction, provider_id, category, urgency, subject, content, product_id, filed_at,
                                              filed_by, answer_due, answer_policy_id, answered_at)
                select 'FROM_NETWORK', p.id, (array['CUSTOMER', 'PRODUCT', 'MARKET', 'CRISIS'])[g % 4 + 1], 'WEEKLY',
                       '看板压测信息' || g, '内容', pr.id, t.filed, 'provider', t.filed + interval '3 days',
                       (select max(id) from policy_value where policy_key = 'information.answer-days'),
                       case when g % 13 <> 0 then t.filed + (g % 100) * interval '1 hour' end
                from generate_series(@FROM@, @TO@) g
                join bench_provider p on p.n = g % (select count(*) from bench_provider)
                join bench_product pr on pr.n = g % (select count(*) from bench_product)
                cross join lateral (select now() - interval '4 days' - (g % 1095) * interval '1 day' as filed) t""");

        sql.execute("""
                insert into case_study_compliance (provider_id, month, compliant, reason, deduction, recorded_at)
                select p.id, m.month, (p.n + m.k) % 5 <> 0, case when (p.n + m.k) % 5 = 0 then 'MISSING' end,
                       case when (p.n + m.k) % 5 = 0 then 50 else 0 end, now()
                from bench_provider p
                cross join lateral (select k, cast(date_trunc('month', now() - k * interval '1 month') as date) as month
                                    from generate_series(1, 36) k) m
                on conflict (provider_id, month) do nothing""");
        long generated = System.nanoTime();
        sql.execute("analyze installation_archive, installation_line, follow_up, survey_response, service_case, information_item, case_study_compliance, customer");
        bench.note(String.format("generator: %,d customers, %,d installations, %,d follow-ups, %,d surveys, "
                        + "%,d cases, %,d information items in %.1f s (%,.0f rows/s; analyze %.1f s)",
                customers, installations, followUps, surveys, cases, items, (generated - start) / 1e9,
                (customers + 2 * installations + followUps + surveys + cases + items) / ((generated - start) / 1e9),
                (System.nanoTime() - generated) / 1e9));
        bench.size("customers", count(sql, "select count(*) from customer"))
                .size("installations", count(sql, "select count(*) from installation_archive"))
                .size("follow-ups", count(sql, "select count(*) from follow_up"))
                .size("survey answers", count(sql, "select count(*) from survey_response"))
                .size("cases", count(sql, "select count(*) from service_case"))
                .size("information items", count(sql, "select count(*) from information_item"));
    }

    /**
     * For the month to assess, per provider: ten SLA breaches on its cases, four network events, four archive weeks
     * (one late, one missing); its service-case months are there already (three years of them).
     */
    private static void assessmentMonth(Bench bench, Statement sql, YearMonth month) throws Exception {
        String first = month.atDay(1).toString();
        long breaches = sql.executeUpdate("""
                insert into sla_breach (case_id, clock, provider_id, due_at, detected_at)
                select c.id, 'ON_SITE', c.provider_id, t.at, t.at
                from (select id, provider_id, row_number() over (partition by provider_id order by id) as k
                      from service_case where case_type in ('COMPLAINT', 'REPAIR')) c
                cross join lateral (select cast('%s' as date) + (c.id %% 27) * interval '1 day' + interval '2 hours' as at) t
                where c.k <= 10
                on conflict do nothing""".formatted(first));
        long events = sql.executeUpdate("""
                insert into network_event (provider_id, kind, occurred_at, source_type, source_id)
                select p.id, case when g %% 2 = 0 then 'INFO_NON_STANDARD' else 'SERVICE_NOT_TIMELY' end,
                       cast('%s' as date) + (g * 3) * interval '1 day', 'BENCH', p.id * 10 + g / 2
                from bench_provider p cross join generate_series(0, 3) g
                on conflict do nothing""".formatted(first));
        long weeks = sql.executeUpdate("""
                insert into archive_submission_week (provider_id, week_start, deadline_at, outcome, recorded_at)
                select p.id, w.week_start, w.week_start + interval '7 days 9 hours',
                       case w.k when 0 then 'LATE' when 1 then 'MISSING' else 'ON_TIME' end, now()
                from bench_provider p
                cross join lateral (select date_trunc('week', cast('%s' as date) + 7)::date + (k - 1) * 7 as week_start, k
                                    from generate_series(0, 3) k) w
                on conflict do nothing""".formatted(first));
        bench.note(String.format("generator: for %s %,d SLA breaches, %,d network events, %,d archive weeks", month,
                breaches, events, weeks));
    }

    /** Adds rows to a table until it holds {@code target}, a chunk of numbers g at a time; returns how many. */
    private static long topUp(Statement sql, String table, long target, String insert) throws Exception {
        long before = count(sql, "select count(*) from " + table);
        for (long from = before + 1; from <= target; from += CHUNK) {
            sql.execute(insert.replace("@FROM@", Long.toString(from)).replace("@TO@", Long.toString(Math.min(target, from + CHUNK - 1))));
        }
        return Math.max(0, count(sql, "select count(*) from " + table) - before);
    }

    /** The installations' id range, for picking one by number. */
    private static long[] span(Statement sql) throws Exception {
        long min = count(sql, "select coalesce(min(id), 0) from installation_archive");
        long max = count(sql, "select coalesce(max(id), 0) from installation_archive");
        return new long[]{min, Math.max(1, max - min + 1)};
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
