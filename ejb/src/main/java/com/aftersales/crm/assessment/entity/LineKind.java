package com.aftersales.crm.assessment.entity;

/**
 * What an assessment line (考核明细) is for: a recorded event that deducts points, or an item a supervisor enters
 * (the regional manager's evaluation 区域客户服务经理考评, cooperation 工作配合度) that deducts or adds.
 */
public enum LineKind {
    /** 未按时回复或上门: a missed SLA clock (sla_breach). */
    SLA_BREACH,
    /** 回访不满意: a follow-up survey answered unsatisfied (survey_response). */
    UNSATISFIED_FOLLOW_UP,
    /** 不满意跟进单迟复: the provider answered an unsatisfied item late (unsatisfied_item_round). */
    LATE_ITEM_REPLY,
    /** 铺装档案迟交: a week's archives sent after the deadline (archive_submission_week). */
    ARCHIVE_LATE,
    /** 铺装档案未交: a week with nothing sent. */
    ARCHIVE_MISSING,
    /** 服务案例未交 (case_study_compliance). */
    CASE_STUDY_MISSING,
    /** 服务案例无价值. */
    CASE_STUDY_WORTHLESS,
    /** 信息管理不规范 (network_event). */
    INFO_NON_STANDARD,
    /** 服务不及时 (network_event). */
    SERVICE_NOT_TIMELY,
    /** 区域客户服务经理考评意见 (entered by a supervisor). */
    MANAGER_EVALUATION,
    /** 公司各项工作的配合度 (entered by a supervisor). */
    COOPERATION
}
