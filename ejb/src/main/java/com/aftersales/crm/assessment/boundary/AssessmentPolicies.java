package com.aftersales.crm.assessment.boundary;

import com.aftersales.crm.assessment.control.MonthlyAssessor;
import com.aftersales.crm.assessment.entity.CoefficientBand;
import com.aftersales.crm.assessment.entity.CoefficientTable;
import com.aftersales.crm.assessment.entity.Grade;
import com.aftersales.crm.assessment.entity.LineKind;
import com.aftersales.crm.assessment.entity.MonthPolicies;
import com.aftersales.crm.assessment.entity.PolicyUsed;
import com.aftersales.crm.assessment.entity.YearPolicies;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring policies (V15__provider_scoring.sql) as of a moment: a month is scored with the versions in force at its
 * last moment, a quarter's coefficient table is the one in force at the quarter's end, a year's base reward the one in
 * force at the year's end.
 */
@Dependent
public class AssessmentPolicies {

    public static final String BASE_SCORE = "assessment.base-score";
    public static final String ZERO_THRESHOLD = "assessment.zero-threshold";
    public static final String MANUAL_MAX = "assessment.manual.max-points";
    public static final String SATISFACTION_MIN = "reward.satisfaction-min";
    public static final String FRAUD_FINE = "reward.fraud-fine-multiple";
    public static final String SUSPENDED_MONTH_DAYS = "reward.suspended-month-days";
    static final Map<LineKind, String> POINTS = Map.of(
            LineKind.SLA_BREACH, "assessment.points.sla-breach",
            LineKind.UNSATISFIED_FOLLOW_UP, "assessment.points.unsatisfied-follow-up",
            LineKind.LATE_ITEM_REPLY, "assessment.points.late-item-reply",
            LineKind.ARCHIVE_LATE, "assessment.points.archive-late",
            LineKind.ARCHIVE_MISSING, "assessment.points.archive-missing",
            LineKind.CASE_STUDY_MISSING, "assessment.points.case-study",
            LineKind.CASE_STUDY_WORTHLESS, "assessment.points.case-study",
            LineKind.INFO_NON_STANDARD, "assessment.points.info-non-standard",
            LineKind.SERVICE_NOT_TIMELY, "assessment.points.service-not-timely");

    @Inject
    PolicyLookup policies;

    PolicyUsed used(String key, Instant at) {
        PolicyVersion version = policies.inForce(key, null, null, at);
        return new PolicyUsed(version.id(), new BigDecimal(version.value()));
    }

    MonthPolicies month(YearMonth month) {
        Instant at = lastMoment(month);
        Map<LineKind, PolicyUsed> points = new EnumMap<>(LineKind.class);
        POINTS.forEach((kind, key) -> points.put(kind, used(key, at)));
        return new MonthPolicies(used(BASE_SCORE, at), used(ZERO_THRESHOLD, at), points);
    }

    PolicyUsed manualMax(YearMonth month) {
        return used(MANUAL_MAX, lastMoment(month));
    }

    CoefficientTable coefficients(Instant at) {
        List<CoefficientBand> bands = new ArrayList<>();
        for (Grade grade : List.of(Grade.A, Grade.B, Grade.C)) {
            String prefix = "assessment.grade." + grade.name().toLowerCase() + ".";
            PolicyUsed from = used(prefix + "from", at);
            PolicyUsed coefficient = used(prefix + "coefficient", at);
            bands.add(new CoefficientBand(grade, from.value(), coefficient.value(), from.id(), coefficient.id()));
        }
        return new CoefficientTable(bands);
    }

    YearPolicies year(int year) {
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(MonthlyAssessor.BUSINESS_ZONE).toInstant().minusMillis(1);
        List<CoefficientTable> tables = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            tables.add(coefficients(lastMoment(YearMonth.of(year, q * 3))));
        }
        return new YearPolicies(Map.of(1, used("reward.base.level-1", end), 2, used("reward.base.level-2", end),
                3, used("reward.base.level-3", end)), used(SATISFACTION_MIN, end), used(FRAUD_FINE, end), tables,
                used(SUSPENDED_MONTH_DAYS, end));
    }

    static Instant lastMoment(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(MonthlyAssessor.BUSINESS_ZONE).toInstant().minusMillis(1);
    }
}
