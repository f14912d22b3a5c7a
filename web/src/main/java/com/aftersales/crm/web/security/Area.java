package com.aftersales.crm.web.security;

import com.aftersales.crm.security.entity.Role;

/** The portal's areas, one per role, each under its own URL prefix (see shiro.ini). */
public enum Area {
    AGENT("/agent"), SUPERVISOR("/supervisor"), INFO_OFFICER("/info"), DEALER("/dealer"), PROVIDER("/provider"),
    MANAGER("/manager"), ADMIN("/admin");

    private final String path;

    Area(String path) {
        this.path = path;
    }

    public static Area of(Role role) {
        return valueOf(role.name());
    }

    public String path() {
        return path;
    }

    public String home() {
        return path + "/index";
    }
}
