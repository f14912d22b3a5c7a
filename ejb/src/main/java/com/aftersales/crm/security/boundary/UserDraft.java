package com.aftersales.crm.security.boundary;

import com.aftersales.crm.security.entity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** A user as the administrator edits it. The same constraints check the portal's form and the REST body. */
public class UserDraft implements Serializable {

    @NotBlank
    @Size(max = 50)
    @Pattern(regexp = "[A-Za-z0-9_.\\-]+", message = "{crm.user.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long dealerId;

    private Long providerId;

    private boolean enabled = true;

    private long version;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Long getDealerId() {
        return dealerId;
    }

    public void setDealerId(Long dealerId) {
        this.dealerId = dealerId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The version the editor read, checked on save so that a concurrent change is never overwritten. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
