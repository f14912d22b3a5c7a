package com.aftersales.crm.web.shell;

import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the portal's download servlets share (exports, workbooks, stored files): the reader's language outside Faces,
 * the answer to a record the reader may not have, and the headers of a file that is never sniffed nor cached.
 */
public final class Downloads {

    /** The portal's language choice (its cookie), Chinese unless English was chosen. */
    public static Locale locale(HttpServletRequest request) {
        boolean english = request.getCookies() != null && Arrays.stream(request.getCookies())
                .anyMatch(cookie -> "crm_lang".equals(cookie.getName()) && "en".equals(cookie.getValue()));
        return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The portal's texts in that language; a key without one reads as itself. */
    public static Function<String, String> messages(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("com.aftersales.crm.web.messages", locale);
        return key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }

    /**
     * What the boundary hands out, or null once the refusal is answered: "not found" for a missing record and for one
     * the reader may not see (the two are not told apart), "forbidden" when the reader's role may not read such at all.
     */
    public static <T> T readOrRefuse(HttpServletResponse response, Supplier<T> read) throws IOException {
        try {
            return read.get();
        } catch (NotFound missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return null;
    }

    /** A file saved under its name (in any script), never sniffed by the browser, never cached. */
    public static void attachment(HttpServletResponse response, String contentType, String fileName) {
        headers(response, contentType, "attachment", fileName);
    }

    static void headers(HttpServletResponse response, String contentType, String disposition, String fileName) {
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private Downloads() {
    }
}
