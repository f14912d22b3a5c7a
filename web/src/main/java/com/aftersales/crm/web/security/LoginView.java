package com.aftersales.crm.web.security;

import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.web.shell.LanguageView;
import com.aftersales.crm.web.shell.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

import java.io.IOException;
import lombok.Getter;
import lombok.Setter;

/** The login form and logout. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    LanguageView language;

    @Getter @Setter private String username;
    @Getter @Setter private String password;

    /** A logged-in user who opens the login page goes home instead. */
    public String alreadyLoggedIn() {
        return SecurityUtils.getSubject().isAuthenticated() ? "/index?faces-redirect=true" : null;
    }

    public void login() throws IOException {
        Subject subject = SecurityUtils.getSubject();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            // the client's address: the login throttle counts failures per address too
            subject.login(new UsernamePasswordToken(username, password, false, request.getRemoteAddr()));
        } catch (DisabledAccountException disabled) {
            Messages.error("login.disabled");
            return;
        } catch (AuthenticationException failed) {
            // unknown user, wrong password, or an attempt the throttle makes wait: one message for all three
            Messages.error("login.failed");
            return;
        } finally {
            password = null;
        }
        request.changeSessionId();
        language.useSavedLocale(subject.getPrincipals().oneByType(UserPrincipal.class).locale());
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        boolean resumable = saved != null && "GET".equalsIgnoreCase(saved.getMethod())
                && !saved.getRequestURI().contains("/jakarta.faces.resource/");
        external.redirect(resumable ? saved.getRequestUrl() : external.getRequestContextPath() + "/index.xhtml");
    }

    public void logout() throws IOException {
        SecurityUtils.getSubject().logout();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?logout=true");
    }
}
