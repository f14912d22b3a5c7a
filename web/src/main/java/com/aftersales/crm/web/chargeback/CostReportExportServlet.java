package com.aftersales.crm.web.chargeback;

import com.aftersales.crm.chargeback.boundary.Chargebacks;
import com.aftersales.crm.chargeback.entity.CostDimension;
import com.aftersales.crm.dashboard.boundary.DashboardExports;
import com.aftersales.crm.dashboard.boundary.ExportTable;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.web.shell.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.Function;

/**
 * The cost report as Excel (POI), in the reader's language:
 * {@code /manager/chargeback-report.xlsx?by=RESPONSIBILITY&from=2026-01&to=2026-12}. Under /manager (management,
 * supervisors, administrators), so the URL rule and the service's roles both apply.
 */
@WebServlet("/manager/chargeback-report.xlsx")
public class CostReportExportServlet extends HttpServlet {

    @Inject
    transient Chargebacks chargebacks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CostDimension dimension;
        YearMonth from;
        YearMonth to;
        try {
            dimension = CostDimension.valueOf(String.valueOf(request.getParameter("by")));
            from = CostReportTexts.month("from", request.getParameter("from"));
            to = CostReportTexts.month("to", request.getParameter("to"));
        } catch (IllegalArgumentException | InvalidInput e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (to.isBefore(from) || from.getYear() < 2000 || to.getYear() > 2999) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = Downloads.locale(request);
        Function<String, String> text = Downloads.messages(locale);
        ExportTable table = CostReportTexts.table(dimension, from, to, chargebacks.costReport(dimension, from, to), text);
        Downloads.attachment(response, DashboardExports.XLSX, table.title() + " " + from + "_" + to + ".xlsx");
        DashboardExports.xlsx(table, response.getOutputStream());
    }
}
