package com.aftersales.crm.assessment.boundary;

import com.aftersales.crm.assessment.entity.AssessmentRow;
import com.aftersales.crm.assessment.entity.QuarterlyCoefficient;
import com.aftersales.crm.assessment.entity.RewardRow;

import java.io.Serializable;
import java.util.List;

/** A provider's year: its months, the quarters' coefficients, and the settled reward if the year was settled. */
public record Scorecard(long providerId, String providerCode, String providerName, int marketLevel, int year,
                        List<AssessmentRow> months, List<QuarterlyCoefficient> quarters, RewardRow reward)
        implements Serializable {
}
