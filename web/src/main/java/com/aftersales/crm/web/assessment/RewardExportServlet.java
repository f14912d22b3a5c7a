package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.boundary.Assessments;
import com.aftersales.crm.dashboard.boundary.DashboardExports;
import com.aftersales.crm.dashboard.boundary.ExportTable;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The year's reward settlements as Excel, in the reader's language: {@code /manager/rewards.xlsx?year=2026}. Under
 * /manager (supervisors, administrators and management), so the URL rule and the service's roles both apply.
 */
@WebServlet("/manager/rewards.xlsx")
public class RewardExportServlet extends HttpServlet {

    @Inject
    transient Assessments assessments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year;
        try {
            year = Integer.parseInt(String.valueOf(request.getParameter("year")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (year < 2000 || year > 2999) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        RewardTexts texts = RewardTexts.of(locale(request));
        ExportTable table = texts.table(year, assessments.rewards(year));
        response.setContentType(DashboardExports.XLSX);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(table.title() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        DashboardExports.xlsx(table, response.getOutputStream());
    }

    /** The portal's language choice (its cookie), Chinese unless English was chosen. */
    private static Locale locale(HttpServletRequest request) {
        boolean english = request.getCookies() != null && java.util.Arrays.stream(request.getCookies())
                .anyMatch(cookie -> "crm_lang".equals(cookie.getName()) && "en".equals(cookie.getValue()));
        return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
