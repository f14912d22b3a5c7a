package com.aftersales.crm.security.entity;

import java.io.Serializable;
import java.time.Instant;

/** One line of the user list. */
public record UserRow(long id, String username, String displayName, String roles, String organisation,
                      boolean enabled, Instant lastLoginAt) implements Serializable {
}
