package com.aftersales.crm.security.boundary;

import com.aftersales.crm.security.entity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/** A user as the administrator edits it. The same constraints check the portal's form and the REST body. */
public class UserDraft implements Serializable {

    @NotBlank
    @Size(max = 50)
    @Pattern(regexp = "[A-Za-z0-9_.\\-]+", message = "{crm.user.username.pattern}")
    @Getter @Setter private String username;

    @NotBlank
    @Size(max = 100)
    @Getter @Setter private String displayName;

    @NotEmpty
    @Getter private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Getter @Setter private Long dealerId;

    @Getter @Setter private Long providerId;

    @Getter @Setter private boolean enabled = true;

    /** The version the editor read, checked on save so that a concurrent change is never overwritten. */
    @Getter @Setter private long version;

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
