package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the portal as each role meets it on the demo data: each page of the role's menu, and each page that
 * opens a record ({@code ?id=}) with a record the role may see, another organisation's, a missing and a malformed
 * id. No page answers 500 or shows a console error, a visible record answers 200, a foreign one answers exactly as
 * a missing one (404), a page outside the role answers 403, and no text on screen is a bundle key, {@code ???} or an
 * enum constant ({@link PageDefects}).
 */
@ExtendWith(ArquillianExtension.class)
class PortalCrawlIT extends BrowserTest {

    private static final String MISSING = "999999999";
    private static final List<String> MALFORMED = List.of("abc", "1.5", "99999999999999999999");

    /** A page that opens one record, the roles that may open it, and how to find a record for the caller. */
    private record RecordPage(String path, String parameter, Set<String> roles, Kind kind) {
    }

    /** Where a record lives and how a dealer's or provider's scope reads it (as the services' access checks do). */
    private enum Kind {
        CUSTOMER("customer c", "c.id",
                "(c.dealer_id = ? or exists (select 1 from installation_archive si where si.customer_id = c.id and si.dealer_id = ?))",
                "exists (select 1 from installation_archive si where si.customer_id = c.id and si.provider_id = ?)"),
        CASE("service_case t", "t.id", "t.dealer_id = ?", "t.provider_id = ?"),
        COMPLAINT("quality_complaint t", "t.id", "t.dealer_id = ?", null),
        RETURN("return_request t", "t.id", "t.dealer_id = ?", null),
        FOLLOW_UP("follow_up t", "t.id", null, null),
        SUBMISSION("archive_submission t", "t.id", null, "t.provider_id = ?"),
        PROVIDER("service_provider t", "t.id", null, null);

        final String table;
        final String id;
        final String dealerScope;
        final String providerScope;

        Kind(String table, String id, String dealerScope, String providerScope) {
            this.table = table;
            this.id = id;
            this.dealerScope = dealerScope;
            this.providerScope = providerScope;
        }
    }

    private static final Set<String> STAFF_AND_NETWORK = Set.of("agent", "supervisor", "admin", "dealer", "provider");

    private static final List<RecordPage> RECORD_PAGES = List.of(
            new RecordPage("customers/view.xhtml", "id", STAFF_AND_NETWORK, Kind.CUSTOMER),
            new RecordPage("customers/edit.xhtml", "id", Set.of("agent", "supervisor", "admin"), Kind.CUSTOMER),
            new RecordPage("customers/installation.xhtml", "customer", Set.of("agent", "supervisor", "admin"), Kind.CUSTOMER),
            new RecordPage("agent/call.xhtml", "customer", Set.of("agent", "supervisor", "admin"), Kind.CUSTOMER),
            new RecordPage("cases/view.xhtml", "id", STAFF_AND_NETWORK, Kind.CASE),
            new RecordPage("quality/view.xhtml", "id", Set.of("agent", "supervisor", "admin", "dealer"), Kind.COMPLAINT),
            new RecordPage("quality/edit.xhtml", "id", Set.of("agent", "supervisor", "admin", "dealer"), Kind.COMPLAINT),
            new RecordPage("quality/edit.xhtml", "customer", Set.of("agent", "supervisor", "admin", "dealer"), Kind.CUSTOMER),
            new RecordPage("returns/view.xhtml", "id", Set.of("supervisor", "admin", "dealer"), Kind.RETURN),
            new RecordPage("agent/follow-up.xhtml", "id", Set.of("agent", "supervisor", "admin"), Kind.FOLLOW_UP),
            new RecordPage("provider/submissions.xhtml", "id", Set.of("provider"), Kind.SUBMISSION),
            new RecordPage("supervisor/submissions.xhtml", "id", Set.of("supervisor", "admin"), Kind.SUBMISSION),
            new RecordPage("admin/technicians.xhtml", "provider", Set.of("admin"), Kind.PROVIDER));

    /**
     * The pages' parameters that are not a record's id: filters, a phone or search text, a week, and the merged
     * customer's number that the merge confirmation only repeats. Every other parameter must be crawled as a record.
     */
    private static final Set<String> NOT_RECORDS = Set.of("agent/call.xhtml?phone", "cases/list.xhtml?overdue",
            "cases/list.xhtml?escalated", "provider/orders.xhtml?overdue", "customers/search.xhtml?q",
            "customers/view.xhtml?merged", "info/weekly-reports.xhtml?week");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ParameterizedTest(name = "{0}: every page of the menu opens cleanly")
    @ValueSource(strings = {"agent", "supervisor", "info", "dealer", "provider", "manager", "admin"})
    void everyPageOfTheRolesMenuOpensCleanly(String user) {
        PortalPage home = LoginPage.open(browser).loginAs(user);
        Set<String> pages = new TreeSet<>(home.menuTargets());
        assertThat(pages).isNotEmpty();
        PageDefects defects = new PageDefects(browser);
        for (String page : pages) {
            defects.open(page.substring(1) + ".xhtml", 200);
        }
        assertThat(defects.found()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: every record page answers 200 for its own, 404 for a foreign, missing or malformed id")
    @ValueSource(strings = {"agent", "supervisor", "info", "dealer", "provider", "manager", "admin"})
    void everyRecordPageAnswersForVisibleForeignMissingAndMalformedIds(String user) throws SQLException {
        LoginPage.open(browser).loginAs(user);
        PageDefects defects = new PageDefects(browser);
        try (Connection db = database()) {
            long[] organisation = organisationOf(db, user);
            for (RecordPage page : RECORD_PAGES) {
                String url = page.path() + "?" + page.parameter() + "=";
                if (!page.roles().contains(user)) {
                    defects.open(url + MISSING, 403);
                    continue;
                }
                String visible = recordId(db, page.kind(), organisation, true);
                if (visible != null) {
                    defects.open(url + visible, 200);
                }
                String foreign = organisation == null ? null : recordId(db, page.kind(), organisation, false);
                String missingText = defects.open(url + MISSING, 404);
                if (foreign != null) {
                    String foreignText = defects.open(url + foreign, 404);
                    if (!foreignText.equals(missingText)) {
                        defects.add(url + foreign + " does not read as a missing record: «" + foreignText + "» vs «" + missingText + "»");
                    }
                }
                for (String malformed : MALFORMED) {
                    defects.open(url + malformed, 404);
                }
            }
        }
        assertThat(defects.found()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: the pages of the other roles' areas answer 403")
    @ValueSource(strings = {"agent", "info", "dealer", "provider", "manager"})
    void pagesOfAnotherRolesAreaAnswer403(String user) {
        Set<String> own = LoginPage.open(browser).loginAs(user).menuTargets();
        Set<String> others = new LinkedHashSet<>();
        for (String page : List.of("/admin/users", "/admin/policies", "/supervisor/assessments", "/supervisor/jobs",
                "/dealer/returns", "/provider/orders", "/provider/scorecard", "/manager/dashboard", "/info/items", "/agent/follow-ups")) {
            if (!own.contains(page)) {
                others.add(page);
            }
        }
        PageDefects defects = new PageDefects(browser);
        for (String page : others) {
            defects.open(page.substring(1) + ".xhtml", 403);
        }
        assertThat(defects.found()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void everyPageParameterIsCrawledAsARecordIdOrDeclaredAsSomethingElse() throws java.io.IOException {
        java.nio.file.Path webapp = java.nio.file.Path.of("../web/src/main/webapp");
        java.util.regex.Pattern viewParam = java.util.regex.Pattern.compile("<[fo]:viewParam name=\"(\\w+)\"");
        Set<String> parameters = new TreeSet<>();
        try (var files = java.nio.file.Files.walk(webapp)) {
            for (java.nio.file.Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                var found = viewParam.matcher(java.nio.file.Files.readString(page));
                while (found.find()) {
                    parameters.add(webapp.relativize(page).toString().replace('\\', '/') + "?" + found.group(1));
                }
            }
        }
        Set<String> crawled = new TreeSet<>();
        RECORD_PAGES.forEach(page -> crawled.add(page.path() + "?" + page.parameter()));
        assertThat(parameters).as("the crawl lists no page parameter that is gone").containsAll(crawled).containsAll(NOT_RECORDS);
        Set<String> unlisted = new TreeSet<>(parameters);
        unlisted.removeAll(crawled);
        unlisted.removeAll(NOT_RECORDS);
        assertThat(unlisted).as("page parameters neither crawled as a record id nor declared as something else").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDealerOpeningAnotherDealersCustomerGets404AndTheServerLogsOneLine() throws Exception {
        String foreign;
        try (Connection db = database()) {
            foreign = recordId(db, Kind.CUSTOMER, organisationOf(db, "dealer"), false);
        }
        assertThat(foreign).as("the demo has customers of another dealer").isNotNull();
        java.nio.file.Path log = java.nio.file.Path.of("target/payara6/glassfish/domains/crm-test/logs/server.log");
        long before = java.nio.file.Files.size(log);
        LoginPage.open(browser).loginAs("dealer");

        PageDefects defects = new PageDefects(browser);
        defects.open("customers/view.xhtml?id=" + foreign, 404);

        assertThat(defects.found()).isEmpty();
        String marker = "404 /customers/view.xhtml";
        String written = new org.openqa.selenium.support.ui.FluentWait<>(log)
                .withTimeout(java.time.Duration.ofSeconds(20)).pollingEvery(java.time.Duration.ofMillis(200))
                .ignoring(java.io.IOException.class)
                .until(file -> {
                    String added = appended(file, before);
                    return added.contains(marker) ? added : null;
                });
        assertThat(written).as("the answer is logged as one line, not a stack trace")
                .doesNotContain("NotFound: customer").doesNotContain("\tat com.aftersales.crm");
    }

    private static String appended(java.nio.file.Path log, long from) {
        try (var in = java.nio.file.Files.newInputStream(log)) {
            in.skipNBytes(Math.min(from, java.nio.file.Files.size(log)));
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"));
    }

    /** {dealer id, provider id} of a network user (one of them null), or null for the staff. */
    private static long[] organisationOf(Connection db, String user) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select coalesce(dealer_id, 0), coalesce(provider_id, 0) from app_user where lower(username) = ?")) {
            query.setString(1, user);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("demo user " + user).isTrue();
                long dealer = row.getLong(1);
                long provider = row.getLong(2);
                return dealer == 0 && provider == 0 ? null : new long[] {dealer, provider};
            }
        }
    }

    /** The smallest id of a record inside (own) or outside (foreign) the caller's scope, or null if there is none. */
    private static String recordId(Connection db, Kind kind, long[] organisation, boolean own) throws SQLException {
        String scope = null;
        long party = 0;
        if (organisation != null) {
            boolean dealer = organisation[0] != 0;
            scope = dealer ? kind.dealerScope : kind.providerScope;
            party = dealer ? organisation[0] : organisation[1];
            if (scope == null) {
                return null;
            }
        }
        String where = scope == null ? "true" : own ? "coalesce(" + scope + ", false)" : "not coalesce(" + scope + ", false)";
        try (PreparedStatement query = db.prepareStatement("select min(" + kind.id + ") from " + kind.table + " where " + where)) {
            int parameters = scope == null ? 0 : (int) scope.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                query.setLong(i, party);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long id = row.getLong(1);
                return row.wasNull() ? null : Long.toString(id);
            }
        }
    }
}
