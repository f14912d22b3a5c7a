package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 #7: an installation whose archive came late (只提供技术支持, set by the weekly submissions) says so wherever an
 * agent decides on free service — the customer 360, the case page and its dispatch dialog — and never "free warranty".
 */
@ExtendWith(ArquillianExtension.class)
class WarrantyBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A customer of P-HZ-001 with a flagged installation of last month (in its free year) and an open repair case. */
    private static long[] seed() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        LocalDate installed = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        try (Connection db = DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"))) {
            long customer = id(db, "insert into customer (name, region_code, street) values (?, '330100', '文一路8号') returning id",
                    "迟报客户" + n);
            long installation = id(db, """
                    insert into installation_archive (customer_id, provider_id, installation_method, installed_on,
                                                      warranty_card_no, free_period_policy_id, card_rule_policy_id,
                                                      created_by, technical_support_only)
                    values (?, (select id from service_provider where code = 'P-HZ-001'), 'FLOATING', ?, ?,
                            (select min(id) from policy_value where policy_key = 'warranty.free-period'),
                            (select min(id) from policy_value where policy_key = 'warranty.card-required-from'), 'test', true)
                    returning id""", customer, java.sql.Date.valueOf(installed), "TSO" + n);
            id(db, "insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price)"
                    + " values (?, 1, (select id from product where code = 'BZB-XZMD-910'), 30, 268) returning installation_id",
                    installation);
            long serviceCase = id(db, """
                    insert into service_case (customer_id, installation_id, provider_id, channel, case_type, severity, status,
                                              customer_words, suburban, opened_at, opened_by, last_action, last_action_at)
                    values (?, ?, (select id from service_provider where code = 'P-HZ-001'), 'HOTLINE', 'REPAIR', 'NORMAL',
                            'OPEN', '地板缝隙变大', false, now(), 'agent', 'OPENED', now())
                    returning id""", customer, installation);
            return new long[]{customer, serviceCase};
        }
    }

    private static long id(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void anArchiveSentLateShowsTechnicalSupportOnlyOnThe360TheCaseAndItsDispatch() throws Exception {
        long[] seeded = seed();
        LoginPage.open(browser).loginAs("agent");

        Customer360Page customer = Customer360Page.open(browser, seeded[0]);
        assertThat(customer.warrantyBadges()).contains("只提供技术支持").doesNotContain("免费保修期内");
        assertThat(customer.installations()).contains("售后只提供技术支持，不给予物质支持");

        CasePage page = CasePage.open(browser, seeded[1]);
        assertThat(page.warranty()).contains("只提供技术支持").doesNotContain("免费保修期内");
        assertThat(page.openDispatch().dispatchWarranty()).contains("只提供技术支持").doesNotContain("免费保修期内");
    }
}
