package com.aftersales.crm.dashboard.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.dashboard.control.DashboardQueries;
import com.aftersales.crm.dashboard.control.DashboardQueries.Scope;
import com.aftersales.crm.dashboard.control.Rollups;
import com.aftersales.crm.dashboard.entity.Breakdown;
import com.aftersales.crm.dashboard.entity.DrillKind;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 管理看板: the service metrics management reviews, read-only, for managers, supervisors and administrators. One call per
 * view, each one grouped statement over the monthly roll-ups of the filtered months; one call per drill-down returning
 * a page of the records behind a figure, with their count. Windows and clocks count as ended by the roll-ups' last
 * refresh ({@link #asOf()}), in the figures and in their drill-downs alike.
 */
@Stateless
@Secured(Duty.OVERSIGHT)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Dashboard {

    public static final int RANKING_SIZE = 100;

    @Inject
    DashboardQueries queries;

    @Inject
    Rollups rollups;

    @Inject
    DashboardRefresh refresh;

    @Inject
    Clock clock;

    private Scope scope(DashboardFilter filter) {
        return new Scope(filter.period(), filter.regionPrefix(), filter.brand(), filter.productLine(), asOf());
    }

    /** Brings the figures up to date now rather than at the next 5-minute refresh; returns when they count from. */
    public Instant refreshNow() {
        return refresh.refresh();
    }

    /** When the figures were last brought up to date (every 5 minutes); now, before the first refresh. */
    public Instant asOf() {
        return rollups.asOf().orElseGet(clock::instant);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Figure figure(Object[] row) {
        return new Figure((String) row[0], (String) row[1], number(row[2]), number(row[3]));
    }

    /** Satisfaction rate by month, every month of the period listed (an empty month has no rate). */
    public List<Figure> satisfactionTrend(DashboardFilter filter) {
        Map<String, Figure> byMonth = new HashMap<>();
        queries.satisfaction(scope(filter), Breakdown.MONTH).forEach(row -> byMonth.put((String) row[0], figure(row)));
        return filter.period().months().stream().map(YearMonth::toString)
                .map(month -> byMonth.getOrDefault(month, new Figure(month, month, 0, 0))).toList();
    }

    /** Satisfaction rate by provider, dealer, region (city) or product (brand / line), the most answered first. */
    public List<Figure> satisfaction(DashboardFilter filter, Breakdown by) {
        if (by == Breakdown.MONTH) {
            return satisfactionTrend(filter);
        }
        return queries.satisfaction(scope(filter), by).stream().map(Dashboard::figure).toList();
    }

    /** Follow-up coverage and timeliness by kind (installation, visit, complaint) for the windows ended in the period. */
    public List<CoverageRow> followUpCoverage(DashboardFilter filter) {
        return queries.coverage(scope(filter)).stream()
                .map(row -> new CoverageRow((String) row[0], number(row[1]), number(row[2]), number(row[3]))).toList();
    }

    /** SLA compliance of the cases opened in the period: the reply in 24 h, on site in 24 h (urban) / 72 h (suburban). */
    public List<Figure> slaCompliance(DashboardFilter filter) {
        Object[] row = queries.sla(scope(filter));
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < DashboardQueries.CLOCKS.size(); i++) {
            String clock = DashboardQueries.CLOCKS.get(i);
            figures.add(new Figure(clock, clock, number(row[2 * i]), number(row[2 * i + 1])));
        }
        return figures;
    }

    /** The parties a clock's delay may be owned by, in the order the SLA view lists them. */
    public static final List<String> PARTIES = List.of("PROVIDER", "MAKER", "DEALER", "CUSTOMER");

    /**
     * 延误归属: the late time of the period's clocks against the deadlines first promised, split by the party that owned
     * it — total = late minutes, hits = clocks late for that party; every party listed, zero when none.
     */
    public List<Figure> lateByParty(DashboardFilter filter) {
        Map<String, Object[]> rows = new HashMap<>();
        queries.lateByParty(scope(filter)).forEach(row -> rows.put((String) row[0], row));
        return PARTIES.stream().map(party -> {
            Object[] row = rows.get(party);
            return new Figure(party, party, row == null ? 0 : number(row[1]), row == null ? 0 : number(row[2]));
        }).toList();
    }

    /** Complaints per 1,000 installations by month: total = installations made, hits = complaints opened. */
    public List<Figure> complaintRate(DashboardFilter filter) {
        Scope scope = scope(filter);
        Map<String, Long> complaints = new HashMap<>();
        queries.complaintsByMonth(scope).forEach(row -> complaints.put((String) row[0], number(row[1])));
        Map<String, Long> installations = new HashMap<>();
        queries.installationsByMonth(scope).forEach(row -> installations.put((String) row[0], number(row[1])));
        return filter.period().months().stream().map(YearMonth::toString)
                .map(m -> new Figure(m, m, installations.getOrDefault(m, 0L), complaints.getOrDefault(m, 0L))).toList();
    }

    /** The responsibility mix of the cases opened in the period and judged: total = judged cases. */
    public List<Figure> responsibilityMix(DashboardFilter filter) {
        List<Object[]> rows = queries.responsibility(scope(filter));
        long judged = rows.stream().mapToLong(row -> number(row[1])).sum();
        return rows.stream().map(row -> new Figure((String) row[0], (String) row[0], judged, number(row[1]))).toList();
    }

    /** Information items answered within their window (3 days), by category, of those filed in the period and due. */
    public List<Figure> informationTimeliness(DashboardFilter filter) {
        return queries.informationByCategory(scope(filter)).stream()
                .map(row -> new Figure((String) row[0], (String) row[0], number(row[1]), number(row[2]))).toList();
    }

    /** Monthly service case compliance: providers whose month was closed, and those compliant, by month. */
    public List<Figure> caseStudyCompliance(DashboardFilter filter) {
        return queries.caseStudies(scope(filter)).stream()
                .map(row -> new Figure((String) row[0], (String) row[0], number(row[1]), number(row[2]))).toList();
    }

    /** The providers ranked by satisfaction, then SLA compliance, then answered surveys (the first hundred). */
    public List<ProviderRank> providerRanking(DashboardFilter filter) {
        return queries.ranking(scope(filter), RANKING_SIZE).stream()
                .map(row -> new ProviderRank(number(row[0]), number(row[1]), (String) row[2], (String) row[3],
                        number(row[4]), number(row[5]), number(row[6]), number(row[7]), number(row[8]))).toList();
    }

    /** A page of the records behind a figure, newest first. */
    public List<DrillRow> drill(DashboardFilter filter, DrillKind kind, String key, int first, int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw new IllegalArgumentException("page out of range");
        }
        return queries.drill(scope(filter), kind, key, first, max).stream()
                .map(row -> new DrillRow(number(row[0]), SqlValues.instant(instant(row[1])), (String) row[2],
                        (String) row[3], text(row[4]), text(row[5]), (String) row[6]))
                .toList();
    }

    /** How many records are behind a figure: the figure itself, as the view showed it. */
    public long drillCount(DashboardFilter filter, DrillKind kind, String key) {
        return queries.count(scope(filter), kind, key);
    }

    /** The brands and their product lines, for the filter. */
    public List<String[]> productLines() {
        return queries.productLines();
    }

    /** The provinces and cities, for the filter: code, name, kind. */
    public List<String[]> regions() {
        return queries.regions();
    }

    private static Object instant(Object value) {
        return value instanceof java.sql.Date date
                ? date.toLocalDate().atStartOfDay(com.aftersales.crm.dashboard.entity.Period.BEIJING).toInstant() : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
