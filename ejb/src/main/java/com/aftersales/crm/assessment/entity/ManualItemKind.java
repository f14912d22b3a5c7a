package com.aftersales.crm.assessment.entity;

/** The items a supervisor enters for a provider's month, in signed points (a deduction or a merit). */
public enum ManualItemKind {
    /** 区域客户服务经理考评意见综合评分. */
    MANAGER_EVALUATION,
    /** 公司各项工作的配合度. */
    COOPERATION;

    public LineKind lineKind() {
        return LineKind.valueOf(name());
    }
}
