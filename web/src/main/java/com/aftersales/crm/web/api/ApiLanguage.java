package com.aftersales.crm.web.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API's words in the caller's language: Chinese unless the caller's {@code Accept-Language} prefers English (the
 * portal's two languages, from the portal's bundles). Never the server's own default locale.
 */
public final class ApiLanguage {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final String BUNDLE = "com.aftersales.crm.web.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The language of an {@code Accept-Language} header: the first of its ranges, by weight, that we speak. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return CHINESE;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().toLowerCase(Locale.ROOT);
            if (language.equals("en") || language.startsWith("en-")) {
                return Locale.ENGLISH;
            }
            if (language.equals("zh") || language.startsWith("zh-") || language.equals("*")) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    /** The bundle's text for the key in that language, with its arguments; the key itself only if it is missing. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            // record numbers and counts as they are (#1043, not #1,043), as the portal writes them
            if (plain[i] instanceof Long || plain[i] instanceof Integer || plain[i] instanceof Short) {
                plain[i] = plain[i].toString();
            }
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(plain);
    }

    /**
     * An error body as the API's error mappers write it (a problem document, {@link ApiError}), for the refusals made
     * before the API is reached (the login filter's 401, the same-origin filter's 403): type, title, status, detail
     * in the caller's language, the old members error, code and message, no fields.
     */
    public static String errorBody(int status, String error, String key, String acceptLanguage) {
        Locale locale = of(acceptLanguage);
        String detail = text(locale, key);
        return jakarta.json.Json.createObjectBuilder().add("type", ApiError.type(error))
                .add("title", ApiError.title(locale, error, status)).add("status", status).add("detail", detail)
                .add("errors", jakarta.json.Json.createArrayBuilder())
                .add("error", error).add("code", key)
                .add("message", detail).add("fields", jakarta.json.Json.createArrayBuilder())
                .build().toString();
    }

    /** Whether the bundle has the key. */
    static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE,
                ApiLanguage.class.getClassLoader(), NO_FALLBACK);
    }

    private ApiLanguage() {
    }
}
