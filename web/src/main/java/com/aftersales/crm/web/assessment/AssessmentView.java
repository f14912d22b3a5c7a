package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.boundary.AssessmentRow;
import com.aftersales.crm.assessment.boundary.Assessments;
import com.aftersales.crm.assessment.boundary.LineRow;
import com.aftersales.crm.assessment.boundary.ManualItemRow;
import com.aftersales.crm.assessment.boundary.MonthResult;
import com.aftersales.crm.assessment.boundary.MonthStatus;
import com.aftersales.crm.assessment.boundary.RewardRow;
import com.aftersales.crm.assessment.boundary.Scorecard;
import com.aftersales.crm.assessment.entity.ManualItemKind;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * 服务商月度考核 for supervisors (compute, enter the manual items, confirm, settle the year, record fraud or a media
 * exposure) and, read-only, for management: a month's results, any provider's scorecard and lines.
 */
@Named
@ViewScoped
public class AssessmentView implements Serializable {

    @Inject
    Assessments assessments;

    private String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
    private List<AssessmentRow> rows;
    private List<MonthStatus> months;
    private List<ManualItemRow> manualItems;
    private List<RewardRow> rewards;
    private Long providerId;
    private Scorecard scorecard;
    private String linesMonth;
    private List<LineRow> lines;
    private ManualItemKind kind = ManualItemKind.MANAGER_EVALUATION;
    private BigDecimal points;
    private String note;
    private BigDecimal fraudAmount;
    private String fraudNote;
    private Long caseId;
    private LocalDate exposedOn;
    private String outlet;

    public void load() {
        months = assessments.months();
        YearMonth picked = YearMonth.parse(month);
        rows = assessments.month(picked);
        manualItems = assessments.manualItems(picked);
        rewards = assessments.rewards(picked.getYear());
        if (providerId != null) {
            show(providerId);
        }
    }

    @Refusals
    public void compute() {
        MonthResult result = assessments.compute(YearMonth.parse(month));
        Messages.info("assessment.computed", month, result.assessed());
        load();
    }

    @Refusals
    public void confirm() {
        assessments.confirm(YearMonth.parse(month));
        Messages.info("assessment.confirmed", month);
        load();
    }

    public void show(long provider) {
        providerId = provider;
        YearMonth picked = YearMonth.parse(month);
        try {
            scorecard = assessments.scorecard(provider, picked.getYear());
            showMonth(month);
        } catch (NotFound notFound) {
            // a provider not scored that year: its scorecard is empty, not an error
            scorecard = null;
            lines = List.of();
        }
    }

    public void showMonth(String pickedMonth) {
        linesMonth = pickedMonth;
        lines = assessments.lines(providerId, YearMonth.parse(pickedMonth));
    }

    @Refusals
    public void enter() {
        if (providerId == null) {
            Messages.error("assessment.error.providerRequired");
            return;
        }
        assessments.enterManualItem(providerId, YearMonth.parse(month), kind, points == null ? BigDecimal.ZERO : points, note);
        Messages.info("assessment.entered");
        points = null;
        note = null;
        manualItems = assessments.manualItems(YearMonth.parse(month));
    }

    @Refusals
    public void settle() {
        int year = YearMonth.parse(month).getYear();
        int settled = assessments.settleYear(year);
        Messages.info("assessment.settled", String.valueOf(year), settled);
        load();
    }

    @Refusals
    public void recordFraud() {
        if (providerId == null) {
            Messages.error("assessment.error.providerRequired");
            return;
        }
        assessments.recordFraud(providerId, YearMonth.parse(month).getYear(),
                fraudAmount == null ? BigDecimal.ZERO : fraudAmount, fraudNote);
        Messages.info("assessment.fraudRecorded");
        fraudAmount = null;
        fraudNote = null;
    }

    @Refusals(notFound = "assessment.error.notMajorComplaint")
    public void recordExposure() {
        assessments.recordMediaExposure(caseId == null ? -1 : caseId,
                exposedOn == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : exposedOn, outlet);
        Messages.info("assessment.exposureRecorded");
        caseId = null;
        outlet = null;
    }

    public boolean isConfirmed() {
        return months != null && months.stream().anyMatch(m -> m.month().toString().startsWith(month)
                && "CONFIRMED".equals(m.status()));
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<AssessmentRow> getRows() {
        return rows;
    }

    public List<MonthStatus> getMonths() {
        return months;
    }

    public List<ManualItemRow> getManualItems() {
        return manualItems;
    }

    public List<RewardRow> getRewards() {
        return rewards;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public String getLinesMonth() {
        return linesMonth;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public ManualItemKind getKind() {
        return kind;
    }

    public void setKind(ManualItemKind kind) {
        this.kind = kind;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public BigDecimal getFraudAmount() {
        return fraudAmount;
    }

    public void setFraudAmount(BigDecimal fraudAmount) {
        this.fraudAmount = fraudAmount;
    }

    public String getFraudNote() {
        return fraudNote;
    }

    public void setFraudNote(String fraudNote) {
        this.fraudNote = fraudNote;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public LocalDate getExposedOn() {
        return exposedOn;
    }

    public void setExposedOn(LocalDate exposedOn) {
        this.exposedOn = exposedOn;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }
}
