package com.aftersales.crm.web.submission;

import com.aftersales.crm.web.shell.Downloads;
import com.aftersales.crm.submission.boundary.ArchiveSubmissions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
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
        Function<String, String> messages = Downloads.messages(Downloads.locale(request));
        if ("/template".equals(path)) {
            Downloads.attachment(response, XLSX, messages.apply("submission.template.fileName"));
            submissions.template(messages, response.getOutputStream());
            return;
        }
        if (path == null || !path.matches("/\\d{1,18}/problems")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.substring(1, path.indexOf('/', 1)));
        if (Downloads.readOrRefuse(response, () -> submissions.get(id)) == null) {
            return;
        }
        Downloads.attachment(response, XLSX, messages.apply("submission.report.fileName") + "-" + id + ".xlsx");
        submissions.problemReport(id, messages, response.getOutputStream());
    }
}
