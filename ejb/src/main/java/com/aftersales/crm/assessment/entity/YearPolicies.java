package com.aftersales.crm.assessment.entity;

import java.util.List;
import java.util.Map;

/**
 * The policy versions a year is settled with: the base reward per market level (万/year, in yuan), the minimum
 * satisfaction, the fraud fine's multiple, each quarter's coefficient table (the one in force at the quarter's end),
 * and the days of suspension for rectification from which a month earns no reward.
 */
public record YearPolicies(Map<Integer, PolicyUsed> basePerMarketLevel, PolicyUsed satisfactionMinPercent,
                           PolicyUsed fraudFineMultiple, List<CoefficientTable> quarterTables,
                           PolicyUsed suspendedMonthDays) {

    public YearPolicies {
        basePerMarketLevel = Map.copyOf(basePerMarketLevel);
        quarterTables = List.copyOf(quarterTables);
        if (quarterTables.size() != 4) {
            throw new IllegalArgumentException("four quarters");
        }
    }

    public PolicyUsed base(int marketLevel) {
        PolicyUsed base = basePerMarketLevel.get(marketLevel);
        if (base == null) {
            throw new IllegalArgumentException("no base reward for market level " + marketLevel);
        }
        return base;
    }
}
