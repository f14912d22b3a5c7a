package com.aftersales.crm.web.assessment;

import com.aftersales.crm.web.shell.Downloads;
import com.aftersales.crm.assessment.boundary.Assessments;
import com.aftersales.crm.dashboard.boundary.DashboardExports;
import com.aftersales.crm.dashboard.boundary.ExportTable;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

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
        RewardTexts texts = RewardTexts.of(Downloads.locale(request));
        ExportTable table = texts.table(year, assessments.rewards(year));
        Downloads.attachment(response, DashboardExports.XLSX, table.title() + ".xlsx");
        DashboardExports.xlsx(table, response.getOutputStream());
    }
}
