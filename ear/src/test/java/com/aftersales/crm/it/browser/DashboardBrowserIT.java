package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 管理看板 in headless Chromium: a manager brings the figures up to date (the surveys were written straight into the
 * database a moment ago), filters the dashboard to a month and a brand, drills down from the month's satisfaction
 * figure to the two surveys behind it, and exports the view to Excel and PDF.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A brand of its own with two surveys answered in March 2004 (one satisfied), straight into the database. */
    private static String seed() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        String brand = "看板品牌" + n;
        try (Connection db = DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"))) {
            long provider = id(db, """
                    insert into service_provider (code, name, region_code, market_level, status)
                    values (?, ?, '330100', 1, 'ACTIVE') returning id""", "BP-" + n, "浏览器看板服务商" + n);
            long product = id(db, """
                    insert into product (code, brand, product_line, name, category, length_mm, width_mm, thickness_mm)
                    values (?, ?, '强化', '看板地板', '强化复合', 1218, 198, 12) returning id""", "BPR-" + n, brand);
            for (int i = 0; i < 2; i++) {
                long customer = id(db, "insert into customer (name, region_code) values (?, '330100') returning id",
                        (i == 0 ? "满意客户" : "不满客户") + n);
                long installation = id(db, """
                        insert into installation_archive (customer_id, provider_id, installation_method, installed_on,
                                                          free_period_policy_id, card_rule_policy_id, created_by)
                        values (?, ?, 'FLOATING', date '2004-03-02',
                                (select min(id) from policy_value where policy_key = 'warranty.free-period'),
                                (select min(id) from policy_value where policy_key = 'warranty.card-required-from'), 'test')
                        returning id""", customer, provider);
                id(db, "insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price)"
                        + " values (?, 1, ?, 20, 100) returning installation_id", installation, product);
                long followUp = id(db, """
                        insert into follow_up (kind, source_key, customer_id, installation_id, provider_id, created_at,
                                               due_from, due_at, window_policy_id, priority, status, ready_at, completed_at,
                                               satisfied)
                        values ('INSTALLATION', ?, ?, ?, ?, timestamptz '2004-03-05 10:00+08', timestamptz '2004-03-05 10:00+08',
                                timestamptz '2004-03-12 23:59+08',
                                (select min(id) from policy_value where policy_key = 'followup.call-window.installation'),
                                5, 'DONE', timestamptz '2004-03-05 10:00+08', timestamptz '2004-03-08 10:00+08', ?)
                        returning id""", "dashboard-browser-" + n + "-" + i, customer, installation, provider, i == 0);
                id(db, """
                        insert into survey_response (follow_up_id, template_id, customer_id, provider_id, installation_id,
                                                     overall, satisfied, satisfied_policy_id, comment, answered_at, answered_by)
                        values (?, (select id from survey_template where code = 'SERVICE_CARD' and version = 1), ?, ?, ?, ?, ?,
                                (select min(id) from policy_value where policy_key = 'survey.satisfied-score'), ?,
                                timestamptz '2004-03-08 10:00+08', 'agent') returning id""",
                        followUp, customer, provider, installation, i == 0 ? 5 : 2, i == 0, i == 0 ? "很好" : "缝隙太大");
            }
        }
        return brand;
    }

    private static long id(Connection db, String statement, Object... parameters) throws Exception {
        try (PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    @Test
    void aManagerFiltersTheDashboardDrillsDownFromASatisfactionFigureToItsSurveysAndExportsIt() throws Exception {
        String brand = seed();
        LoginPage.open(browser).loginAs("manager");
        DashboardPage dashboard = DashboardPage.open(browser).refresh();
        assertThat(dashboard.asOf()).startsWith("数据截至 " + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString().substring(0, 4));
        dashboard.filter("2004-03", "2004-03", brand);

        assertThat(dashboard.trendRow("2004-03")).contains("2004-03").contains("2").contains("1").contains("50.0%");

        dashboard.drillIntoAnswered("2004-03");
        assertThat(dashboard.drillTitle()).contains("2004-03");
        assertThat(dashboard.drillRecords()).contains("满意客户").contains("不满客户").contains("缝隙太大")
                .contains("不满意").contains("共 2 条记录");

        byte[] xlsx = download(dashboard.exportUrl("xlsx"));
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        String sheet = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(sheet).contains("满意度趋势").contains("2004-03").contains(brand);
        byte[] pdf = download(dashboard.exportUrl("pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
