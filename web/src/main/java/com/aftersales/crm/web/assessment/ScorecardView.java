package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.boundary.Assessments;
import com.aftersales.crm.assessment.boundary.Scorecard;
import com.aftersales.crm.assessment.entity.AssessmentRow;
import com.aftersales.crm.assessment.entity.LineRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * 我的考核: the provider's own year — months, quarters' coefficients, the settled reward — and every line of the month
 * it picks. The provider is the login's; no id is taken from the request.
 */
@Named
@ViewScoped
public class ScorecardView implements Serializable {

    @Inject
    Assessments assessments;

    // The year of last month: the latest month scored (in January, last year's December).
    @Getter @Setter private int year = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).getYear();
    @Getter private ProviderYear providerYear;

    public void load() {
        Scorecard scorecard = assessments.myScorecard(year);
        List<AssessmentRow> months = scorecard.months();
        String month = months.isEmpty() ? null : months.get(months.size() - 1).month().toString().substring(0, 7);
        providerYear = new ProviderYear(scorecard, month, month == null ? List.of() : assessments.myLines(YearMonth.parse(month)));
    }

    public void showMonth(String pickedMonth) {
        providerYear = providerYear.withMonth(pickedMonth, assessments.myLines(YearMonth.parse(pickedMonth)));
    }

    public List<Integer> getYears() {
        int now = YearMonth.now(ZoneId.of("Asia/Shanghai")).getYear();
        return List.of(now, now - 1, now - 2);
    }
}
