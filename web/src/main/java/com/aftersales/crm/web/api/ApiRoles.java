package com.aftersales.crm.web.api;

/** Role names for {@code @RolesAllowed} on resources (the lower-case names of the domain's roles). */
public final class ApiRoles {

    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String INFO_OFFICER = "info_officer";
    public static final String DEALER = "dealer";
    public static final String PROVIDER = "provider";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    private ApiRoles() {
    }
}
