package com.aftersales.crm.casestudy.boundary;

import java.util.List;

/** What closing a month recorded: providers assessed, deductions, and the providers suspended for rectification. */
public record ComplianceResult(int assessed, int deductions, List<Long> suspended) {
}
