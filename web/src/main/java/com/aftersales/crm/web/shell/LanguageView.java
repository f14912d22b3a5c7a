package com.aftersales.crm.web.shell;

import com.aftersales.crm.security.boundary.Accounts;
import com.aftersales.crm.security.boundary.Caller;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The user's language: Simplified Chinese unless chosen otherwise. A choice is remembered per user (in the
 * database, restored at login) and per browser (a cookie, for the login page).
 */
@Named("language")
@SessionScoped
public class LanguageView implements Serializable {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String COOKIE = "crm_lang";
    private static final Map<String, Locale> SUPPORTED = Map.of("zh_CN", CHINESE, "en", Locale.ENGLISH);

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
        return locale;
    }

    /** The language a request asks for by the portal's cookie (Chinese without one): also for answers outside Faces. */
    public static Locale of(HttpServletRequest request) {
        return Arrays.stream(request.getCookies() == null ? new Cookie[0] : request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> SUPPORTED.get(cookie.getValue()))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(CHINESE);
    }

    public String getTag() {
        return tag(getLocale());
    }

    /** Switches language, remembers it, and reloads the page so that everything on it is in the new language. */
    public void switchTo(String tag) throws IOException {
        Locale wanted = SUPPORTED.get(tag);
        if (wanted == null) {
            return;
        }
        locale = wanted;
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.addResponseCookie(COOKIE, tag, Map.of("maxAge", 365 * 24 * 3600, "path", external.getRequestContextPath(),
                "httpOnly", true));
        if (caller.current().isPresent()) {
            accounts.changeLocale(tag);
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /** At login, the language the user chose last time wins. */
    public void useSavedLocale(String tag) {
        Locale saved = SUPPORTED.get(tag);
        if (saved != null) {
            locale = saved;
        }
    }

    private static String tag(Locale locale) {
        return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
    }
}
