package com.aftersales.crm.web.security;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.pam.ModularRealmAuthenticator;
import org.apache.shiro.realm.Realm;

import java.util.List;

/**
 * Hands a login to the one realm for its kind of token — a username and password to {@link CrmRealm}, an API key to
 * {@link ApiClientRealm} — and lets that realm's own refusal through. Shiro's default, once there are two realms,
 * asks every realm and replaces the refusal with a generic one, so the portal could no longer tell a disabled
 * account ({@code DisabledAccountException}) from a wrong password.
 */
public class RealmPerToken extends ModularRealmAuthenticator {

    @Override
    protected AuthenticationInfo doAuthenticate(AuthenticationToken token) throws AuthenticationException {
        assertRealmsConfigured();
        List<Realm> supporting = getRealms().stream().filter(realm -> realm.supports(token)).toList();
        if (supporting.size() == 1) {
            return doSingleRealmAuthentication(supporting.get(0), token);
        }
        return super.doAuthenticate(token);
    }
}
