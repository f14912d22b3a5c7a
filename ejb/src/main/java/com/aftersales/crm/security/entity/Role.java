package com.aftersales.crm.security.entity;

/** The people who use the portal (DOMAIN.md, "People"). The lower-case name is the role name in URL rules. */
public enum Role {
    /** 客服专员 / 800热线: hotline, cases, dispatch, follow-up calls and surveys. */
    AGENT(false, false),
    /** 客户服务经理: assigns work, approves returns, judges responsibility, scores providers. */
    SUPERVISOR(false, false),
    /** 信息主任: market and quality information, weekly reports. */
    INFO_OFFICER(false, false),
    /** 经销商: only its own customers, cases and requests. */
    DEALER(true, false),
    /** 服务商: only its own orders, archives and scores. */
    PROVIDER(false, true),
    /** 营销管理部: all metrics, read-only. */
    MANAGER(false, false),
    /** 系统管理员: users, policies, reference data. */
    ADMIN(false, false);

    private final boolean actsForDealer;
    private final boolean actsForProvider;

    Role(boolean actsForDealer, boolean actsForProvider) {
        this.actsForDealer = actsForDealer;
        this.actsForProvider = actsForProvider;
    }

    public boolean actsForDealer() {
        return actsForDealer;
    }

    public boolean actsForProvider() {
        return actsForProvider;
    }

    public String roleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
