package com.aftersales.crm.assessment.boundary;

import java.io.Serializable;
import java.time.YearMonth;

/** What computing a month did: how many providers it scored, or that the month is confirmed and was left alone. */
public record MonthResult(YearMonth month, int assessed, boolean confirmed) implements Serializable {
}
