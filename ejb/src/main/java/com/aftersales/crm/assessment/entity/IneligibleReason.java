package com.aftersales.crm.assessment.entity;

/** Why a provider gets no reward for the year (享受金钥匙服务奖励政策的资格). */
public enum IneligibleReason {
    /** 非签约服务商不享受服务奖励政策. */
    NOT_SIGNED,
    /** 回访客户满意度未达到80% (or no answered survey to show it). */
    SATISFACTION,
    /** 全年有重大（市级以上主流媒体）投诉曝光. */
    MEDIA_EXPOSURE,
    /** 弄虚作假套取奖励: disqualified. */
    FRAUD
}
