package com.aftersales.crm.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An upload larger than the Faces servlet's multipart limit (web.xml) makes the container fail while it parses the
 * parts, which Faces turns into the generic error page. This filter, ahead of every other, answers such a request
 * itself: 413 with a sentence naming the limit in the user's language. The browser never gets here for the portal's
 * uploads (each p:fileUpload checks its own, lower, limit first); a script or a tampered page does.
 */
public class UploadLimitFilter extends HttpFilter {

    /** Draining more than this is not worth it: the connection is closed instead. */
    private static final long DRAIN_LIMIT = 512L * 1024 * 1024;

    private long maxBytes;

    @Override
    public void init() {
        maxBytes = Long.parseLong(getInitParameter("max-bytes"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || length <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        // read the body away, so that the client (still sending) receives the answer rather than a reset connection
        if (length <= DRAIN_LIMIT) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } else {
            response.setHeader("Connection", "close");
        }
        Locale locale = LanguageView.of(request);
        ResourceBundle bundle = ResourceBundle.getBundle("com.aftersales.crm.web.messages", locale);
        String text = new MessageFormat(bundle.getString("upload.error.requestTooLarge"), locale)
                .format(new Object[]{maxBytes / (1024 * 1024)});
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
