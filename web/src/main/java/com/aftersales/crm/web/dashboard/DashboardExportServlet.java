package com.aftersales.crm.web.dashboard;

import com.aftersales.crm.web.shell.Downloads;
import com.aftersales.crm.dashboard.boundary.Dashboard;
import com.aftersales.crm.dashboard.boundary.DashboardExports;
import com.aftersales.crm.dashboard.boundary.ExportTable;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A dashboard view exported as Excel or PDF, in the reader's language: {@code /manager/dashboard/export?tab=…&format=
 * xlsx|pdf&from=…&to=…[&region=…&brand=…&line=…&by=…]}, the link the page builds from its filter. Under /manager, so
 * the URL rule and the service's roles both apply.
 */
@WebServlet("/manager/dashboard/export")
public class DashboardExportServlet extends HttpServlet {

    @Inject
    transient Dashboard dashboard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DashboardRequest what;
        Map<String, String> parameters = parameters(request.getQueryString());
        String format = parameters.get("format");
        try {
            what = DashboardRequest.parse(parameters::get);
        } catch (IllegalArgumentException bad) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!"xlsx".equals(format) && !"pdf".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Function<String, String> messages = Downloads.messages(Downloads.locale(request));
        ExportTable table = new DashboardTables(dashboard, messages).table(what);
        String name = messages.apply("dashboard.export.fileName") + "-" + what.tab().name().toLowerCase(Locale.ROOT)
                + "-" + what.filter().period().from() + "." + format;
        Downloads.attachment(response, "xlsx".equals(format) ? DashboardExports.XLSX : DashboardExports.PDF, name);
        if ("xlsx".equals(format)) {
            DashboardExports.xlsx(table, response.getOutputStream());
        } else {
            DashboardExports.pdf(table, response.getOutputStream());
        }
    }

    /**
     * The query string decoded as UTF-8 (the link's encoding) whatever the server's default for URIs, so that a
     * Chinese brand arrives intact.
     */
    static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
