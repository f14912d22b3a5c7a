package com.aftersales.crm.web.dashboard;

import com.aftersales.crm.dashboard.boundary.CoverageRow;
import com.aftersales.crm.dashboard.boundary.Dashboard;
import com.aftersales.crm.dashboard.boundary.DashboardFilter;
import com.aftersales.crm.dashboard.boundary.DrillRow;
import com.aftersales.crm.dashboard.boundary.Figure;
import com.aftersales.crm.dashboard.boundary.ProviderRank;
import com.aftersales.crm.dashboard.entity.Breakdown;
import com.aftersales.crm.dashboard.entity.DrillKind;
import com.aftersales.crm.dashboard.entity.Period;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.event.TabChangeEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lombok.Getter;
import lombok.Setter;

/**
 * 管理看板: the filter bar, one tab per view (its chart and its table), the records behind any figure the user clicks
 * (paged by the database) and each view's export. A view is computed when its tab is first shown for a filter.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final String[] COLOURS = {"#42A5F5", "#66BB6A", "#FFA726", "#EF5350", "#AB47BC", "#26C6DA", "#8D6E63"};

    private static final java.time.format.DateTimeFormatter AS_OF = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Dashboard dashboard;

    @Getter private DashboardFilterForm form;
    @Getter @Setter private Breakdown by = Breakdown.PROVIDER;
    private DashboardFilter filter;
    @Getter @Setter private int activeTab;
    private final Map<DashboardTab, Object> views = new EnumMap<>(DashboardTab.class);
    private List<Figure> lateByParty;

    /** The records behind the figure clicked, or null while none is open. */
    @Getter private Drill drilled;

    private List<String[]> regions;
    private List<String[]> productLines;

    public void load() {
        if (filter == null) {
            form = new DashboardFilterForm(Period.lastMonths(LocalDate.now(Period.BEIJING), 12));
            apply();
        }
    }

    /** The filter bar's button: the months from and to, both included. */
    public void apply() {
        DashboardFilter typed = form.toFilter();
        if (typed == null) {
            Messages.error("dashboard.error.period");
            return;
        }
        filter = typed;
        views.clear();
        lateByParty = null;
        drilled = null;
    }

    /** The "update now" button: the roll-ups recomputed, every view read again. */
    public void refresh() {
        dashboard.refreshNow();
        views.clear();
        lateByParty = null;
        drilled = null;
    }

    public void changeBreakdown() {
        views.remove(DashboardTab.BREAKDOWN);
    }

    public void onTabChange(TabChangeEvent<?> event) {
        activeTab = event.getComponent() instanceof org.primefaces.component.tabview.TabView tabs ? tabs.getIndex() : activeTab;
    }

    @SuppressWarnings("unchecked")
    private <T> T view(DashboardTab tab, Supplier<T> compute) {
        return (T) views.computeIfAbsent(tab, t -> compute.get());
    }

    public List<Figure> getTrend() {
        return view(DashboardTab.TREND, () -> dashboard.satisfactionTrend(filter));
    }

    public List<Figure> getBreakdown() {
        return view(DashboardTab.BREAKDOWN, () -> dashboard.satisfaction(filter, by));
    }

    public List<CoverageRow> getCoverage() {
        return view(DashboardTab.FOLLOW_UPS, () -> dashboard.followUpCoverage(filter));
    }

    public List<Figure> getSla() {
        return view(DashboardTab.SLA, () -> dashboard.slaCompliance(filter));
    }

    /** The SLA view's late time split by the party that owned it (read with the SLA tab, after the figures above). */
    public List<Figure> getLateByParty() {
        if (lateByParty == null) {
            lateByParty = dashboard.lateByParty(filter);
        }
        return lateByParty;
    }

    public List<Figure> getComplaints() {
        return view(DashboardTab.COMPLAINTS, () -> dashboard.complaintRate(filter));
    }

    public List<Figure> getResponsibility() {
        return view(DashboardTab.RESPONSIBILITY, () -> dashboard.responsibilityMix(filter));
    }

    public List<Figure> getInformation() {
        return view(DashboardTab.INFORMATION, () -> dashboard.informationTimeliness(filter));
    }

    public List<Figure> getCaseStudies() {
        return view(DashboardTab.CASE_STUDIES, () -> dashboard.caseStudyCompliance(filter));
    }

    public List<ProviderRank> getRanking() {
        return view(DashboardTab.RANKING, () -> dashboard.providerRanking(filter));
    }

    // ---- charts (Chart.js configurations for p:chart) -----------------------------------------------------------

    public String getTrendChart() {
        List<Figure> trend = getTrend();
        return chart("line", trend.stream().map(Figure::label).toList(),
                dataset(Messages.text("dashboard.col.rate"), trend.stream().map(Figure::percent).toList(), 0, false),
                true);
    }

    public String getBreakdownChart() {
        List<Figure> rows = getBreakdown().stream().limit(20).toList();
        return chart("bar", rows.stream().map(Figure::label).toList(),
                dataset(Messages.text("dashboard.col.rate"), rows.stream().map(Figure::percent).toList(), 0, false), true);
    }

    public String getCoverageChart() {
        List<CoverageRow> rows = getCoverage();
        List<String> labels = rows.stream().map(r -> Messages.text("followup.kind." + r.kind())).toList();
        return chart("bar", labels,
                dataset(Messages.text("dashboard.col.coverage"), rows.stream().map(CoverageRow::coverage).toList(), 0, false)
                        + "," + dataset(Messages.text("dashboard.col.timeliness"),
                        rows.stream().map(CoverageRow::timeliness).toList(), 1, false), true);
    }

    public String getSlaChart() {
        List<Figure> rows = getSla();
        return chart("bar", rows.stream().map(r -> Messages.text("dashboard.clock." + r.key())).toList(),
                dataset(Messages.text("dashboard.col.rate"), rows.stream().map(Figure::percent).toList(), 1, false), true);
    }

    public String getComplaintChart() {
        List<Figure> rows = getComplaints();
        return chart("line", rows.stream().map(Figure::label).toList(),
                dataset(Messages.text("dashboard.col.perThousand"), rows.stream().map(Figure::perThousand).toList(), 3, false),
                false);
    }

    public String getResponsibilityChart() {
        List<Figure> rows = getResponsibility();
        return chart("pie", rows.stream().map(r -> Messages.text("case.responsibility." + r.key())).toList(),
                dataset(Messages.text("dashboard.col.cases"), rows.stream().map(r -> BigDecimal.valueOf(r.hits())).toList(),
                        -1, true), false);
    }

    public String getInformationChart() {
        List<Figure> rows = getInformation();
        return chart("bar", rows.stream().map(r -> Messages.text("information.category." + r.key())).toList(),
                dataset(Messages.text("dashboard.col.rate"), rows.stream().map(Figure::percent).toList(), 2, false), true);
    }

    public String getCaseStudyChart() {
        List<Figure> rows = getCaseStudies();
        return chart("bar", rows.stream().map(Figure::label).toList(),
                dataset(Messages.text("dashboard.col.rate"), rows.stream().map(Figure::percent).toList(), 4, false), true);
    }

    private static String dataset(String label, List<BigDecimal> values, int colour, boolean manyColours) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", label).add("data", data);
        if (manyColours) {
            JsonArrayBuilder colours = Json.createArrayBuilder();
            for (int i = 0; i < values.size(); i++) {
                colours.add(COLOURS[i % COLOURS.length]);
            }
            set.add("backgroundColor", colours);
        } else {
            set.add("backgroundColor", COLOURS[colour]).add("borderColor", COLOURS[colour]).add("fill", false)
                    .add("spanGaps", true);
        }
        return set.build().toString();
    }

    private static String chart(String type, List<String> labels, String datasets, boolean percentAxis) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(l -> names.add(l == null ? "" : l));
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false);
        if (percentAxis) {
            options.add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)));
        }
        return "{\"type\":\"" + type + "\",\"data\":{\"labels\":" + names.build() + ",\"datasets\":[" + datasets + "]},"
                + "\"options\":" + options.build() + "}";
    }

    // ---- drill-down ----------------------------------------------------------------------------------------------

    /** Opens the records behind a figure: its kind, its key (a month, an id, a clock and outcome …), its caption. */
    public void drill(String kind, String key, String caption) {
        DrillKind k = DrillKind.valueOf(kind);
        DashboardFilter current = filter;
        String figure = key;
        drilled = new Drill(k, Messages.text("dashboard.drill." + k.name(), caption == null ? key : caption),
                new PagedRows<>(() -> dashboard.drillCount(current, k, figure),
                        (first, max, sortField, ascending) -> dashboard.drill(current, k, figure, first, max), DrillRow::id, "at"));
    }

    public void drillSatisfaction(String key, String caption) {
        drill(DrillKind.satisfaction(by).name(), key, caption);
    }

    /** A point of the satisfaction trend clicked: the surveys of that month. */
    public void selectTrend(ItemSelectEvent event) {
        Figure month = getTrend().get(event.getItemIndex());
        drill(DrillKind.SATISFACTION_MONTH.name(), month.key(), month.label());
    }

    /** A bar of the breakdown clicked: the surveys of that provider, dealer, city or product. */
    public void selectBreakdown(ItemSelectEvent event) {
        Figure row = getBreakdown().get(event.getItemIndex());
        drillSatisfaction(row.key(), row.label());
    }

    public void closeDrill() {
        drilled = null;
    }

    // ---- export --------------------------------------------------------------------------------------------------

    public String exportUrl(String tab, String format) {
        if (filter == null) {
            return "#";
        }
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/manager/dashboard/export?" + new DashboardRequest(filter, DashboardTab.valueOf(tab), by).query(format);
    }

    // ---- filter options ------------------------------------------------------------------------------------------

    public List<String[]> getRegions() {
        if (regions == null) {
            regions = dashboard.regions();
        }
        return regions;
    }

    public List<String> getBrands() {
        return lines().stream().map(l -> l[0]).distinct().toList();
    }

    public List<String> getProductLines() {
        return lines().stream().filter(l -> form.getBrand() == null || form.getBrand().isEmpty() || form.getBrand().equals(l[0])).map(l -> l[1])
                .distinct().sorted().toList();
    }

    private List<String[]> lines() {
        if (productLines == null) {
            productLines = dashboard.productLines();
        }
        return productLines;
    }

    /** What a drilled record is, in words. */
    public String code(DrillRow row) {
        if (row.code().isEmpty() || drilled == null) {
            return row.code();
        }
        return switch (drilled.kind()) {
            case FOLLOW_UP -> Messages.text("followup.kind." + row.code());
            case INFORMATION -> Messages.text("information.category." + row.code());
            case SLA, COMPLAINTS, RESPONSIBILITY -> Messages.text("case.type." + row.code());
            default -> Messages.text("dashboard.score", row.code());
        };
    }

    /** What a drilled record says, in words. */
    public String detail(DrillRow row) {
        if (row.detail().isEmpty() || drilled == null) {
            return row.detail();
        }
        return switch (drilled.kind()) {
            case FOLLOW_UP -> Messages.text("followup.status." + row.detail());
            case SLA, COMPLAINTS, RESPONSIBILITY -> Messages.text("case.responsibility." + row.detail());
            default -> row.detail();
        };
    }

    // ---- properties ----------------------------------------------------------------------------------------------

    /** When the figures were last brought up to date, Beijing time. */
    public String getAsOf() {
        return AS_OF.format(dashboard.asOf().atZone(Period.BEIJING));
    }

    public List<Breakdown> getBreakdowns() {
        return List.of(Breakdown.PROVIDER, Breakdown.DEALER, Breakdown.REGION, Breakdown.PRODUCT);
    }

    /** A figure's records: which kind of figure, the dialog's title, the records paged by the database. */
    public record Drill(DrillKind kind, String title, PagedRows<DrillRow> rows) implements Serializable {
    }
}
