package com.aftersales.crm.web.security;

import com.aftersales.crm.security.boundary.Authentication;
import com.aftersales.crm.security.boundary.LoginRefused;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

import java.util.stream.Collectors;

/**
 * The database realm: the {@link Authentication} service checks the password and the login throttle (the token's
 * host is the client's address: the portal's login view and the REST filter put it there); the roles travel in
 * the {@link UserPrincipal}, so authorisation needs no further query.
 */
public class CrmRealm extends AuthorizingRealm {

    public CrmRealm() {
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        // The service has already compared the password; the matcher only sees the same token again.
        setCredentialsMatcher((token, info) -> true);
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        try {
            UserPrincipal principal = CDI.current().select(Authentication.class).get()
                    .authenticate(login.getUsername(), login.getPassword(), login.getHost());
            return new SimpleAuthenticationInfo(principal, login.getPassword(), getName());
        } catch (LoginRefused refused) {
            throw switch (refused.reason()) {
                case DISABLED -> new DisabledAccountException();
                case BAD_CREDENTIALS -> new IncorrectCredentialsException();
            };
        }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        UserPrincipal principal = principals.oneByType(UserPrincipal.class);
        if (principal == null) {
            return new SimpleAuthorizationInfo();
        }
        return new SimpleAuthorizationInfo(principal.roles().stream().map(Role::roleName).collect(Collectors.toSet()));
    }
}
