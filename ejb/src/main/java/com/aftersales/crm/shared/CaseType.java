package com.aftersales.crm.shared;

/**
 * What a caller wants (来电类型): a question answered on the phone (咨询), a complaint (投诉), a repair (报修) or
 * maintenance (保养). Shared because deadlines (policies) and later the follow-up calls depend on it.
 */
public enum CaseType {
    CONSULTATION, COMPLAINT, REPAIR, MAINTENANCE
}
