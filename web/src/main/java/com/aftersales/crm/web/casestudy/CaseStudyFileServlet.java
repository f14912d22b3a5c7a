package com.aftersales.crm.web.casestudy;

import com.aftersales.crm.casestudy.boundary.CaseStudies;
import com.aftersales.crm.casestudy.boundary.CaseStudyDownload;
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
 * A service case's attachment: {@code /files/case-studies/<id>}, only to whoever may see the case (another provider's
 * is "not found"); served with the type its content was found to be, never sniffed, never cached, unable to run
 * anything.
 */
@WebServlet("/files/case-studies/*")
public class CaseStudyFileServlet extends HttpServlet {

    @Inject
    transient CaseStudies studies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CaseStudyDownload download;
        try {
            download = studies.download(Long.parseLong(path.substring(1)));
        } catch (NotFound missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
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
