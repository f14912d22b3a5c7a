package com.aftersales.crm.web.shell;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How the portal hands out an uploaded file (complaint evidence, a service case's attachment): with the type its
 * content was found to be, never sniffed by the browser, never cached, unable to run anything; photos inline, anything
 * else as a download under the name it came with.
 */
public final class StoredFiles {

    /** The path of a file's URL, {@code /<id>}; null when it is anything else. */
    public static Long id(String pathInfo) {
        return pathInfo != null && pathInfo.matches("/\\d{1,18}") ? Long.valueOf(pathInfo.substring(1)) : null;
    }

    public static void send(HttpServletResponse response, String fileName, String contentType, long size,
                            InputStream content) throws IOException {
        try (content) {
            boolean image = contentType.startsWith("image/");
            response.setContentType(contentType);
            response.setContentLengthLong(size);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("Content-Disposition", (image ? "inline" : "attachment") + "; filename*=UTF-8''"
                    + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
            content.transferTo(response.getOutputStream());
        }
    }

    private StoredFiles() {
    }
}
