package com.aftersales.crm.web.security;

import com.aftersales.crm.apiclient.boundary.ApiClientGate;
import com.aftersales.crm.apiclient.boundary.ApiClientIdentity;
import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.realm.AuthenticatingRealm;
import org.apache.shiro.subject.SimplePrincipalCollection;

import java.util.List;

/**
 * The second realm: API clients presenting their key ({@link BearerToken}, made by {@link ApiAuthenticationFilter}
 * from {@code Authorization: Bearer} or {@code X-Api-Key}). The principals are the client's
 * {@link com.aftersales.crm.security.entity.UserPrincipal} — its one role and organisation, so that {@code Caller},
 * the services' {@code @Secured}, the REST role check and every scope rule treat it as a user of that role — and its
 * {@link ApiClientIdentity}, for the rate limit. Roles are given by {@link CrmRealm}, which authorises every
 * {@code UserPrincipal} whichever realm authenticated it. Only the API's filter makes bearer tokens: the portal's
 * login knows only usernames and passwords, so a client can never open a portal page.
 */
public class ApiClientRealm extends AuthenticatingRealm {

    public ApiClientRealm() {
        setAuthenticationTokenClass(BearerToken.class);
        // The gate has already compared the key's hash; the matcher only sees the same token again.
        setCredentialsMatcher((token, info) -> true);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        BearerToken bearer = (BearerToken) token;
        ApiClientIdentity identity = CDI.current().select(ApiClientGate.class).get().authenticate(bearer.getToken())
                .orElseThrow(IncorrectCredentialsException::new);
        return new SimpleAuthenticationInfo(new SimplePrincipalCollection(List.of(identity.principal(), identity), getName()),
                bearer.getToken());
    }
}
