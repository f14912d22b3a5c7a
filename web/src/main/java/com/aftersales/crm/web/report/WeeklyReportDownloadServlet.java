package com.aftersales.crm.web.report;

import com.aftersales.crm.web.shell.Downloads;
import com.aftersales.crm.report.boundary.WeeklyReports;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A stored weekly report as an Excel workbook: {@code /info/weekly-report.xlsx?week=2026-11-16&lang=zh_CN}, for whoever
 * may read the reports (Shiro's URL rule, then the service's roles). A week without a report is "not found".
 */
@WebServlet("/info/weekly-report.xlsx")
public class WeeklyReportDownloadServlet extends HttpServlet {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient WeeklyReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate week;
        try {
            week = LocalDate.parse(String.valueOf(request.getParameter("week")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] workbook = Downloads.readOrRefuse(response,
                () -> reports.workbook(week, ReportTexts.of(ReportTexts.locale(request.getParameter("lang")))));
        if (workbook == null) {
            return;
        }
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(workbook.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"weekly-report-" + week + ".xlsx\"");
        response.getOutputStream().write(workbook);
    }
}
