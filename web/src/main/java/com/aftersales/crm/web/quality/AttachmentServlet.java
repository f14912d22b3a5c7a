package com.aftersales.crm.web.quality;

import com.aftersales.crm.quality.boundary.Download;
import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.shared.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The only way to a complaint's file: {@code /files/quality/<id>}, answered only to whoever may see the complaint
 * (another dealer's file is "not found", like a missing one). Served with the type its content was found to be, never
 * sniffed by the browser, never cached, unable to run anything; photos inline, a PDF as a download.
 */
@WebServlet("/files/quality/*")
public class AttachmentServlet extends HttpServlet {

    @Inject
    transient QualityComplaints complaints;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download download;
        try {
            download = complaints.download(Long.parseLong(path.substring(1)));
        } catch (NotFound missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try (InputStream content = download.content()) {
            boolean image = download.contentType().startsWith("image/");
            response.setContentType(download.contentType());
            response.setContentLengthLong(download.size());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("Content-Disposition", (image ? "inline" : "attachment") + "; filename*=UTF-8''"
                    + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            content.transferTo(response.getOutputStream());
        }
    }
}
