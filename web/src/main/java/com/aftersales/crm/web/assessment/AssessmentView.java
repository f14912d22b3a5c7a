package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.boundary.Assessments;
import com.aftersales.crm.assessment.boundary.MonthResult;
import com.aftersales.crm.assessment.boundary.Scorecard;
import com.aftersales.crm.assessment.entity.AssessmentRow;
import com.aftersales.crm.assessment.entity.LineRow;
import com.aftersales.crm.assessment.entity.ManualItemKind;
import com.aftersales.crm.assessment.entity.ManualItemRow;
import com.aftersales.crm.assessment.entity.MonthStatus;
import com.aftersales.crm.assessment.entity.RewardRow;
import com.aftersales.crm.shared.InvalidInput;
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
import lombok.Getter;
import lombok.Setter;

/**
 * 服务商月度考核 for supervisors (compute, enter the manual items, confirm, settle the year, record fraud or a media
 * exposure) and, read-only, for management: a month's results, any provider's scorecard and lines.
 */
@Named
@ViewScoped
public class AssessmentView implements Serializable {

    @Inject
    Assessments assessments;

    @Getter @Setter private String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
    private List<MonthStatus> months;
    @Getter private Month shown;
    @Getter private Long providerId;
    @Getter private ProviderYear providerYear;
    @Getter private final AssessmentForm form = new AssessmentForm();

    public void load() {
        months = assessments.months();
        YearMonth picked = YearMonth.parse(month);
        shown = new Month(assessments.month(picked), assessments.manualItems(picked), assessments.rewards(picked.getYear()));
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
            providerYear = new ProviderYear(assessments.scorecard(provider, picked.getYear()), null, List.of());
            showMonth(month);
        } catch (NotFound notFound) {
            providerYear = ProviderYear.NONE;
        }
    }

    public void showMonth(String pickedMonth) {
        providerYear = providerYear.withMonth(pickedMonth, assessments.lines(providerId, YearMonth.parse(pickedMonth)));
    }

    @Refusals
    public void enter() {
        if (providerId == null) {
            Messages.error("assessment.error.providerRequired");
            return;
        }
        assessments.enterManualItem(providerId, YearMonth.parse(month), form.getKind(),
                form.getPoints() == null ? BigDecimal.ZERO : form.getPoints(), form.getNote());
        Messages.info("assessment.entered");
        form.manualItemEntered();
        shown = shown.withManualItems(assessments.manualItems(YearMonth.parse(month)));
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
                form.getFraudAmount() == null ? BigDecimal.ZERO : form.getFraudAmount(), form.getFraudNote());
        Messages.info("assessment.fraudRecorded");
        form.fraudRecorded();
    }

    @Refusals(notFound = "assessment.error.notMajorComplaint")
    public void recordExposure() {
        assessments.recordMediaExposure(form.getCaseId() == null ? -1 : form.getCaseId(),
                form.getExposedOn() == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : form.getExposedOn(), form.getOutlet());
        Messages.info("assessment.exposureRecorded");
        form.exposureRecorded();
    }

    public boolean isConfirmed() {
        return months != null && months.stream().anyMatch(m -> m.month().toString().startsWith(month)
                && "CONFIRMED".equals(m.status()));
    }

    /** What the page lists for the month picked: every provider's result, the manual items, the year's rewards. */
    public record Month(List<AssessmentRow> rows, List<ManualItemRow> manualItems, List<RewardRow> rewards)
            implements Serializable {

        Month withManualItems(List<ManualItemRow> entered) {
            return new Month(rows, entered, rewards);
        }
    }
}
