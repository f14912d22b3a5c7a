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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 #11a and #11b, as the provider (P-BJ-001) sees them: a suspension notice on its home page, not only on its
 * service cases page; and in its order list the on-site (上门) deadline beside the case's badge, which shows the reply.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderPortalBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"), System.getProperty("crm.it.jdbc-user"),
                System.getProperty("crm.it.jdbc-password"));
    }

    private static long value(Connection db, String sql, Object... parameters) throws Exception {
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
    void theSuspensionNoticeIsOnTheProvidersHomePageAsOnItsServiceCasesPage() throws Exception {
        // an open notice of its own (the provider's status is left alone: other tests dispatch to it)
        String period = "1996-0" + (1 + Math.floorMod(System.nanoTime(), 9)) + "-01";
        long notice;
        try (Connection db = database()) {
            notice = value(db, """
                    insert into provider_notice (provider_id, kind, period, created_at)
                    values ((select id from service_provider where code = 'P-BJ-001'), 'SUSPENDED_CASE_STUDIES',
                            cast(? as date), now())
                    on conflict (provider_id, kind, period) do update set lifted_at = null, lifted_by = null
                    returning id""", period);
        }
        try {
            LoginPage.open(browser).loginAs("provider");
            assertThat(ProviderHomePage.open(browser).suspensionNotices())
                    .anySatisfy(text -> assertThat(text).contains("停工整顿").contains(period.substring(0, 7)));
        } finally {
            try (Connection db = database()) {
                value(db, "update provider_notice set lifted_at = now(), lifted_by = 'test' where id = ? returning id", notice);
            }
        }
        assertThat(ProviderHomePage.open(browser).suspensionNotices())
                .noneSatisfy(text -> assertThat(text).contains(period.substring(0, 7)));
    }

    @Test
    void theOrderListShowsTheOnSiteDeadlineBesideTheReplyBadge() throws Exception {
        long serviceCase;
        try (Connection db = database()) {
            long customer = value(db, "insert into customer (name, region_code, street) values (?, '110100', '望京街1号') returning id",
                    "上门时限客户" + System.nanoTime() % 1_000_000);
            serviceCase = value(db, """
                    insert into service_case (customer_id, provider_id, channel, case_type, severity, status, customer_words,
                                              suburban, opened_at, opened_by, last_action, last_action_at,
                                              first_reply_due, first_reply_policy_id, on_site_due, on_site_policy_id)
                    values (?, (select id from service_provider where code = 'P-BJ-001'), 'HOTLINE', 'REPAIR', 'NORMAL',
                            'DISPATCHED', '地板起拱', true, now(), 'agent', 'DISPATCHED', now(),
                            now() + interval '5 hours', (select min(id) from policy_value),
                            now() + interval '50 hours', (select min(id) from policy_value))
                    returning id""", customer);
            value(db, """
                    insert into dispatch_order (case_id, provider_id, repair, agreed_visit_at, tolerance_minutes,
                                                tolerance_policy_id, status, sent_at, created_by)
                    values (?, (select id from service_provider where code = 'P-BJ-001'), true,
                            timestamptz '2000-01-01 10:00+08', 30, (select min(id) from policy_value), 'SENT', now(), 'agent')
                    returning id""", serviceCase);
        }
        try {
            LoginPage.open(browser).loginAs("provider");
            OrdersPage orders = OrdersPage.open(browser);

            assertThat(orders.caseBadge(serviceCase)).contains("回复").contains("剩余");
            assertThat(orders.onSiteBadge(serviceCase)).contains("上门").contains("剩余").contains("2天");
        } finally {
            // done with: out of the provider's live orders, so no later clock or count sees it
            try (Connection db = database()) {
                value(db, "update dispatch_order set status = 'CANCELLED' where case_id = ? returning id", serviceCase);
                value(db, "update service_case set status = 'CLOSED', closed_at = now() where id = ? returning id", serviceCase);
            }
        }
    }
}
