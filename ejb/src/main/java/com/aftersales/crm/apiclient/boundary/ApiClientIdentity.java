package com.aftersales.crm.apiclient.boundary;

import com.aftersales.crm.security.entity.UserPrincipal;

import java.io.Serializable;

/**
 * A client that presented a working key: the principal it acts as (its one role and organisation; every scope and
 * role check reads this as for a user) and the rate limit in force for it.
 */
public record ApiClientIdentity(long clientId, String keyId, UserPrincipal principal, int requestsPerMinute, int burst)
        implements Serializable {

    /** Usernames of API clients start with this; no user's can (usernames are letters, digits, _ . -). */
    public static final String USERNAME_PREFIX = "api:";
}
