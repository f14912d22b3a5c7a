package com.aftersales.crm.web.dashboard;

import com.aftersales.crm.dashboard.boundary.DashboardFilter;
import com.aftersales.crm.dashboard.entity.Breakdown;
import com.aftersales.crm.dashboard.entity.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export link carries the page's filter and view, and the servlet reads back exactly that, Chinese included. */
class DashboardRequestTest {

    @Test
    void anExportLinkReadsBackAsTheSameFilterAndView() {
        DashboardFilter filter = new DashboardFilter(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)),
                "330100", "生活家", "实木 多层&地暖");
        DashboardRequest request = new DashboardRequest(filter, DashboardTab.BREAKDOWN, Breakdown.DEALER);

        DashboardRequest back = DashboardRequest.parse(DashboardExportServlet.parameters(request.query("pdf"))::get);

        assertThat(back).isEqualTo(request);
        assertThat(DashboardExportServlet.parameters(request.query("pdf"))).containsEntry("format", "pdf");
    }

    @Test
    void aMalformedLinkIsRefused() {
        assertThatThrownBy(() -> DashboardRequest.parse(DashboardExportServlet.parameters("tab=TREND&from=2026-13-01&to=x")::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DashboardRequest.parse(DashboardExportServlet.parameters("tab=NOPE&from=2026-01-01&to=2026-02-01")::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
