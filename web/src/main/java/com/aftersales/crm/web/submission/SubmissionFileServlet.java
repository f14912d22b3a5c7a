package com.aftersales.crm.web.submission;

import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.submission.boundary.ArchiveSubmissions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The submission workbooks, streamed straight to the response in the reader's language:
 * {@code /files/submissions/template} (the company's spreadsheet to fill in) and {@code /files/submissions/<id>/problems}
 * (a submission's error report, to whoever may see the submission; another provider's is "not found").
 */
@WebServlet("/files/submissions/*")
public class SubmissionFileServlet extends HttpServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient ArchiveSubmissions submissions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        ResourceBundle bundle = ResourceBundle.getBundle("com.aftersales.crm.web.messages", locale(request));
        Function<String, String> messages = key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        };
        if ("/template".equals(path)) {
            start(response, bundle.getString("submission.template.fileName"));
            submissions.template(messages, response.getOutputStream());
            return;
        }
        if (path == null || !path.matches("/\\d{1,18}/problems")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.substring(1, path.indexOf('/', 1)));
        try {
            submissions.get(id);
        } catch (NotFound missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        start(response, bundle.getString("submission.report.fileName") + "-" + id + ".xlsx");
        submissions.problemReport(id, messages, response.getOutputStream());
    }

    /** The portal's language choice (its cookie), Chinese unless English was chosen. */
    private static Locale locale(HttpServletRequest request) {
        boolean english = request.getCookies() != null && java.util.Arrays.stream(request.getCookies())
                .anyMatch(cookie -> "crm_lang".equals(cookie.getName()) && "en".equals(cookie.getValue()));
        return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static void start(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
