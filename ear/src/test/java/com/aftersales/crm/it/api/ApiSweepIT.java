package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.aftersales.crm.it.api.JsonValues.id;
import static com.aftersales.crm.it.api.JsonValues.map;
import static com.aftersales.crm.it.api.JsonValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path of the served OpenAPI document, called as every demo role and anonymously — with a visible, a foreign
 * (another dealer's or provider's), a missing and a malformed id where the path has one: never a 500; 401 without a
 * login; 403 for a role the operation is not for; 404 for what the caller may not see, the foreign id answering
 * exactly as the missing one (status and body); every error a JSON body with its status and a message in Chinese,
 * or in English with {@code Accept-Language: en}, and no message key where people read.
 *
 * <p>The roles of each operation are written here, as the contract the sweep checks; a path the document gains
 * without being listed here fails the sweep, so that it is not left unchecked.
 */
@ExtendWith(ArquillianExtension.class)
class ApiSweepIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String MISSING = "987654321";
    private static final String MALFORMED = "abc";
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** A bundle key as the bundles write them: dotted, lower-case first ("validation.required", "case.error.customerMerged"). */
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\b[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*\\.[a-zA-Z][a-zA-Z0-9]*\\b");

    private static final Set<String> HEAD_OFFICE = Set.of("agent", "supervisor", "admin");
    private static final Set<String> READERS = Set.of("agent", "supervisor", "admin", "dealer", "provider");
    private static final Set<String> ORDER_ROLES = Set.of("agent", "supervisor", "admin", "provider");
    private static final Set<String> EVERYBODY = Set.of("agent", "supervisor", "info", "dealer", "provider", "manager", "admin");
    private static final Set<String> BATCH_DESK = Set.of("supervisor", "info", "admin");
    private static final Set<String> CHARGEBACK_ROLES = Set.of("supervisor", "admin", "dealer", "provider");
    private static final List<String> ROLES = List.of("agent", "supervisor", "info", "dealer", "provider", "manager", "admin");

    /** Who passes the role check of an operation, and who may act once the record is found (403 for the others). */
    private record Rule(Set<String> callers, Set<String> actors) {
        static Rule of(Set<String> callers) {
            return new Rule(callers, callers);
        }
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /health", Rule.of(EVERYBODY));
        RULES.put("GET /me", Rule.of(EVERYBODY));
        RULES.put("GET /openapi.{type}", Rule.of(EVERYBODY));
        RULES.put("GET /users", Rule.of(Set.of("admin")));
        RULES.put("POST /users", Rule.of(Set.of("admin")));
        RULES.put("GET /users/{id}", Rule.of(Set.of("admin")));
        RULES.put("PUT /users/{id}", Rule.of(Set.of("admin")));
        RULES.put("GET /calendar", Rule.of(Set.of("admin")));
        RULES.put("GET /calendar/{year}", Rule.of(Set.of("admin")));
        RULES.put("PUT /calendar/{year}", Rule.of(Set.of("admin")));
        RULES.put("GET /customers", Rule.of(READERS));
        RULES.put("POST /customers", Rule.of(HEAD_OFFICE));
        RULES.put("GET /customers/duplicates", Rule.of(READERS));
        RULES.put("GET /customers/{id}", Rule.of(READERS));
        RULES.put("PUT /customers/{id}", Rule.of(HEAD_OFFICE));
        RULES.put("GET /customers/{id}/draft", Rule.of(READERS));
        RULES.put("GET /customers/{id}/installations", Rule.of(READERS));
        RULES.put("GET /customers/{id}/installations/{installationId}", Rule.of(READERS));
        RULES.put("POST /customers/{id}/installations", Rule.of(HEAD_OFFICE));
        RULES.put("GET /cases", Rule.of(READERS));
        RULES.put("POST /cases", Rule.of(HEAD_OFFICE));
        RULES.put("GET /cases/{id}", Rule.of(READERS));
        for (String step : List.of("answer", "check", "acceptance", "rejection", "reopen", "dispatch-orders")) {
            RULES.put("POST /cases/{id}/" + step, new Rule(READERS, HEAD_OFFICE));
        }
        RULES.put("POST /cases/{id}/judgement", new Rule(READERS, Set.of("supervisor", "admin")));
        RULES.put("GET /cases/{id}/costs", Rule.of(READERS));
        RULES.put("GET /cases/{id}/shares", Rule.of(READERS));
        RULES.put("POST /cases/{id}/costs", new Rule(READERS, Set.of("supervisor", "admin")));
        // a chargeback line is one party's: the sweep's lines are the providers', so a dealer finds none of them
        RULES.put("GET /chargebacks", Rule.of(CHARGEBACK_ROLES));
        RULES.put("POST /chargebacks/confirmation", Rule.of(Set.of("supervisor", "admin")));
        RULES.put("GET /chargebacks/{id}", Rule.of(CHARGEBACK_ROLES));
        RULES.put("POST /chargebacks/{id}/dispute", new Rule(CHARGEBACK_ROLES, Set.of("provider")));
        RULES.put("POST /chargebacks/{id}/decision", new Rule(CHARGEBACK_ROLES, Set.of("supervisor", "admin")));
        RULES.put("GET /dispatch-orders", Rule.of(ORDER_ROLES));
        RULES.put("GET /dispatch-orders/{id}", Rule.of(ORDER_ROLES));
        for (String step : List.of("accept", "schedule", "arrival", "completion", "return")) {
            RULES.put("POST /dispatch-orders/{id}/" + step, Rule.of(ORDER_ROLES));
        }
        for (String step : List.of("cancel", "check")) {
            RULES.put("POST /dispatch-orders/{id}/" + step, new Rule(ORDER_ROLES, HEAD_OFFICE));
        }
        RULES.put("GET /batches", Rule.of(BATCH_DESK));
        RULES.put("GET /batches/alerts", Rule.of(BATCH_DESK));
        RULES.put("GET /batches/{product}/{batch}", Rule.of(BATCH_DESK));
        RULES.put("GET /cases/{id}/clocks", Rule.of(READERS));
        RULES.put("POST /cases/{id}/clocks/{clock}/pauses", new Rule(READERS, ORDER_ROLES));
        RULES.put("POST /cases/{id}/clocks/{clock}/resume", new Rule(READERS, ORDER_ROLES));
        RULES.put("POST /cases/{id}/clocks/{clock}/pauses/{pauseId}/reject", new Rule(READERS, Set.of("supervisor", "admin")));
        RULES.put("GET /api-clients", Rule.of(Set.of("admin")));
        RULES.put("POST /api-clients", Rule.of(Set.of("admin")));
        RULES.put("GET /api-clients/{id}", Rule.of(Set.of("admin")));
        RULES.put("POST /api-clients/{id}/rotation", Rule.of(Set.of("admin")));
        RULES.put("POST /api-clients/{id}/revocation", Rule.of(Set.of("admin")));
        RULES.put("PUT /api-clients/{id}/rate-limit", Rule.of(Set.of("admin")));
        RULES.put("GET /follow-ups", Rule.of(HEAD_OFFICE));
        RULES.put("POST /follow-ups/next", Rule.of(HEAD_OFFICE));
        RULES.put("GET /follow-ups/survey-template", Rule.of(HEAD_OFFICE));
        RULES.put("GET /follow-ups/{id}", Rule.of(HEAD_OFFICE));
        RULES.put("POST /follow-ups/{id}/reservation", Rule.of(HEAD_OFFICE));
        RULES.put("DELETE /follow-ups/{id}/reservation", Rule.of(HEAD_OFFICE));
        RULES.put("POST /follow-ups/{id}/attempts", Rule.of(HEAD_OFFICE));
        RULES.put("POST /follow-ups/{id}/survey", Rule.of(HEAD_OFFICE));
    }

    /** A pause of the first case's first-reply clock, for the paths that name one. */
    private long pauseId;

    /** The first customer's installation, for the paths that name one. */
    private long installationId;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = System.getProperty("crm.it.base-url") + "api";
    private final String password = System.getProperty("crm.it.demo-password");
    private final Json json = new Json();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    private HttpResponse<String> call(String method, String path, String user, String language, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user == null && !method.equals("GET")) {
            // as a page of the portal would send it: past the same-origin check, to the login's answer
            request.header("Origin", URI.create(base).resolve("/").toString().replaceFirst("/$", ""));
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Map<String, Object> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isEqualTo(status);
        return json.toType(response.body(), Json.MAP_TYPE);
    }

    /** A call that must create something (its answer, a list here, is not needed). */
    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(201);
    }

    private static long number(String query, Object... parameters) throws Exception {
        try (Connection connection = DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"));
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as(query).isTrue();
                return result.getLong(1);
            }
        }
    }

    // --- The records the sweep calls with ---------------------------------------------------------------------------

    /** The ids of one kind of record: one of the first dealer's or provider's, and one of the second's. */
    private record Ids(long own, long other) {
    }

    /** A customer installed by the dealer and provider given, with a complaint dispatched to that provider. */
    private long[] customerWithDispatchedComplaint(long dealerId, long providerId, long technicianId, String tag) throws Exception {
        long n = System.nanoTime() % 100_000_000;
        Map<String, Object> created = ok(call("POST", "/customers", "agent", null, "{\"name\":\"巡检" + tag + "\","
                + "\"customerClass\":\"NEW\",\"regionCode\":\"110105\",\"street\":\"安立路" + n % 300 + "号\","
                + "\"phones\":[\"136" + String.format("%08d", n) + "\"]}"), 201);
        long customerId = id(map(created.get("customer")).get("id"));
        created(call("POST", "/customers/" + customerId + "/installations", "agent", null, "{\"dealerId\":" + dealerId
                + ",\"providerId\":" + providerId + ",\"technicianIds\":[" + technicianId + "],\"method\":\"FLOATING\","
                + "\"installedOn\":\"" + LocalDate.now(CHINA).minusMonths(1) + "\",\"warrantyCardNo\":\"BXKSWEEP" + tag + n
                + "\",\"lines\":[{\"productId\":3,\"quantityM2\":30,\"unitPrice\":298}]}"));
        long caseId = id(ok(call("POST", "/cases", "agent", null, "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\","
                + "\"type\":\"COMPLAINT\",\"severity\":\"NORMAL\",\"customerWords\":\"地板有异响\"}"), 201).get("id"));
        long orderId = id(ok(call("POST", "/cases/" + caseId + "/dispatch-orders", "agent", null, "{\"providerId\":" + providerId
                + ",\"technicianIds\":[" + technicianId + "],\"agreedVisitAt\":\""
                + LocalDateTime.now(CHINA).plusHours(5).truncatedTo(ChronoUnit.MINUTES) + "\"}"), 201).get("id"));
        return new long[]{customerId, caseId, orderId};
    }

    /** A proposed chargeback line of the provider on the case (written directly: the sweep needs no judgement). */
    private static long providerLine(long caseId, long providerId) throws Exception {
        return number("""
                with s as (insert into responsibility_share (case_id, position, responsibility, party, provider_id,
                                  share_percent, evidence_note, judged_by, judged_at)
                           values (?, 1, 'INSTALLATION_QUALITY', 'PROVIDER', ?, 100, '巡检', 'sweep', now())
                           returning id, case_id, provider_id)
                insert into chargeback_line (case_id, share_id, party, provider_id, share_percent, amount, original_amount,
                                             window_policy_id, dispute_until, status, created_at)
                select case_id, id, 'PROVIDER', provider_id, 100, 10, 10,
                       (select id from policy_value where policy_key = 'chargeback.dispute-window' limit 1),
                       now() + interval '7 days', 'PROPOSED', now() from s
                returning id""", caseId, providerId);
    }

    private Map<String, Ids> records() throws Exception {
        long dealer = id(ok(call("GET", "/me", "dealer", null, null), 200).get("dealerId"));
        long dealer2 = id(ok(call("GET", "/me", "dealer2", null, null), 200).get("dealerId"));
        long provider = id(ok(call("GET", "/me", "provider", null, null), 200).get("providerId"));
        long provider2 = id(ok(call("GET", "/me", "provider2", null, null), 200).get("providerId"));
        String senior = "select id from technician where provider_id = ? and certificate_level = 'SENIOR' and active "
                + "and certificate_valid_until >= current_date order by id limit 1";
        long[] own = customerWithDispatchedComplaint(dealer, provider, number(senior, provider), "甲");
        long[] other = customerWithDispatchedComplaint(dealer2, provider2, number(senior, provider2), "乙");
        long adminId = rows(ok(call("GET", "/users?q=admin&max=1", "admin", null, null), 200).get("rows")).stream()
                .map(row -> id(row.get("id"))).findFirst().orElseThrow();
        Map<String, Ids> ids = new LinkedHashMap<>();
        ids.put("customers", new Ids(own[0], other[0]));
        installationId = number("select min(id) from installation_archive where customer_id = ?", own[0]);
        ids.put("cases", new Ids(own[1], other[1]));
        ids.put("dispatch-orders", new Ids(own[2], other[2]));
        ids.put("users", new Ids(adminId, adminId));
        long apiClientId = id(map(ok(call("POST", "/api-clients", "admin", null, "{\"name\":\"巡检客户端" + System.nanoTime() % 1_000_000
                + "\",\"role\":\"AGENT\"}"), 201).get("client")).get("id"));
        ids.put("api-clients", new Ids(apiClientId, apiClientId));
        pauseId = id(ok(call("POST", "/cases/" + own[1] + "/clocks/FIRST_REPLY/pauses", "agent", null,
                "{\"reason\":\"DEALER_GOODS\",\"note\":\"巡检：经销商补货\"}"), 201).get("id"));
        ids.put("chargebacks", new Ids(providerLine(own[1], provider), providerLine(other[1], provider2)));
        // follow-ups are the call centre's alone: no organisation's scope, one open follow-up serves as both
        long followUp = number("select max(id) from follow_up where status = 'OPEN'");
        ids.put("follow-ups", new Ids(followUp, followUp));
        // What the sweep takes for granted: the first dealer and provider see their own records and not the others'.
        for (String user : List.of("dealer", "provider")) {
            assertThat(call("GET", "/customers/" + own[0], user, null, null).statusCode()).as(user).isEqualTo(200);
            assertThat(call("GET", "/customers/" + other[0], user, null, null).statusCode()).as(user).isEqualTo(404);
            assertThat(call("GET", "/cases/" + own[1], user, null, null).statusCode()).as(user).isEqualTo(200);
            assertThat(call("GET", "/cases/" + other[1], user, null, null).statusCode()).as(user).isEqualTo(404);
        }
        assertThat(call("GET", "/dispatch-orders/" + other[2], "provider", null, null).statusCode()).isEqualTo(404);
        return ids;
    }

    // --- The sweep ------------------------------------------------------------------------------------------------

    /** The operations of the served document, as "METHOD /path". */
    private Set<String> documentedOperations() throws Exception {
        Map<String, Object> document = ok(call("GET", "/openapi.json", "agent", null, null), 200);
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<String, Object> path : map(document.get("paths")).entrySet()) {
            for (String method : map(path.getValue()).keySet()) {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey().replaceFirst("^/api/", "/"));
                }
            }
        }
        // The document does not list itself.
        operations.add("GET /openapi.{type}");
        return operations;
    }

    @Test
    void everyPathAnswersEachRoleAsItMayWithJsonErrorsInTheCallersLanguage() throws Exception {
        Set<String> operations = documentedOperations();
        assertThat(operations).as("operations the sweep has no roles for").isSubsetOf(RULES.keySet());
        assertThat(operations).as("operations the document lost").containsAll(RULES.keySet());
        Map<String, Ids> ids = records();
        SoftAssertions softly = new SoftAssertions();
        int calls = 0;

        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1).replace("{type}", "json")
                    .replace("{year}", "2024")
                    .replace("{product}", "BZB-XZMD-910").replace("{batch}", "20261105A")
                    .replace("{clock}", "FIRST_REPLY").replace("{pauseId}", Long.toString(pauseId))
                    .replace("{installationId}", Long.toString(installationId));
            String body = method.equals("GET") ? null : "{}";
            Rule rule = RULES.get(operation);
            boolean withId = template.contains("{id}");
            Ids kind = withId ? ids.get(template.split("/")[1]) : null;

            HttpResponse<String> anonymous = call(method, template.replace("{id}", withId ? Long.toString(kind.own()) : ""),
                    null, null, body);
            calls++;
            softly.assertThat(anonymous.statusCode()).as("anonymous " + operation).isEqualTo(401);
            error(softly, "anonymous " + operation, anonymous, false);

            for (String role : ROLES) {
                String as = role + " " + operation;
                if (!withId) {
                    HttpResponse<String> response = call(method, template, role, null, body);
                    calls++;
                    notBroken(softly, as, response);
                    if (!rule.callers().contains(role)) {
                        softly.assertThat(response.statusCode()).as(as).isEqualTo(403);
                    } else {
                        softly.assertThat(response.statusCode()).as(as).isNotIn(401, 403, 404);
                    }
                    if (response.statusCode() >= 400) {
                        error(softly, as, response, false);
                        error(softly, as + " (en)", call(method, template, role, "en", body), true);
                        calls++;
                    }
                    continue;
                }
                HttpResponse<String> visible = call(method, template.replace("{id}", Long.toString(kind.own())), role, null, body);
                HttpResponse<String> foreign = call(method, template.replace("{id}", Long.toString(kind.other())), role, null, body);
                HttpResponse<String> missing = call(method, template.replace("{id}", MISSING), role, null, body);
                HttpResponse<String> missingEn = call(method, template.replace("{id}", MISSING), role, "en-US,en;q=0.9", body);
                HttpResponse<String> malformed = call(method, template.replace("{id}", MALFORMED), role, null, body);
                calls += 5;
                for (HttpResponse<String> response : List.of(visible, foreign, missing, missingEn, malformed)) {
                    notBroken(softly, as + " " + response.uri().getPath(), response);
                }
                boolean headOffice = HEAD_OFFICE.contains(role);
                if (role.equals("dealer") && template.startsWith("/chargebacks/")) {
                    // the provider's line is not the dealer's: it reads exactly as a missing one
                    softly.assertThat(visible.statusCode()).as(as + " visible = missing").isEqualTo(missing.statusCode());
                    softly.assertThat(elsewhere(visible)).as(as + " visible body = missing body").isEqualTo(elsewhere(missing));
                    softly.assertThat(elsewhere(foreign)).as(as + " foreign body = missing body").isEqualTo(elsewhere(missing));
                    error(softly, as + " missing", missing, false);
                    continue;
                }
                if (!rule.callers().contains(role)) {
                    softly.assertThat(visible.statusCode()).as(as + " visible").isEqualTo(403);
                    softly.assertThat(missing.statusCode()).as(as + " missing").isEqualTo(403);
                    softly.assertThat(malformed.statusCode()).as(as + " malformed").isIn(403, 404);
                } else {
                    if (rule.actors().contains(role)) {
                        softly.assertThat(visible.statusCode()).as(as + " visible: " + visible.body()).isNotIn(401, 403, 404);
                    } else {
                        softly.assertThat(visible.statusCode()).as(as + " visible").isEqualTo(403);
                    }
                    softly.assertThat(missing.statusCode()).as(as + " missing: " + missing.body()).isIn(400, 404);
                    softly.assertThat(malformed.statusCode()).as(as + " malformed").isEqualTo(404);
                }
                if (!headOffice || !rule.callers().contains(role)) {
                    // Another organisation's record reads exactly as one that is not there.
                    softly.assertThat(foreign.statusCode()).as(as + " foreign = missing").isEqualTo(missing.statusCode());
                    softly.assertThat(elsewhere(foreign)).as(as + " foreign body = missing body").isEqualTo(elsewhere(missing));
                }
                error(softly, as + " missing", missing, false);
                error(softly, as + " missing (en)", missingEn, true);
                error(softly, as + " malformed", malformed, false);
                if (visible.statusCode() >= 400) {
                    error(softly, as + " visible", visible, false);
                }
            }
        }
        assertThat(calls).isGreaterThan(500);
        softly.assertAll();
    }

    private static void notBroken(SoftAssertions softly, String as, HttpResponse<String> response) {
        softly.assertThat(response.statusCode()).as(as + ": " + response.body()).isLessThan(500);
    }

    /** An error answer's body as it would be at any other address: without its {@code instance}, the path asked. */
    private Map<String, Object> elsewhere(HttpResponse<String> response) {
        Map<String, Object> body;
        try {
            body = new LinkedHashMap<>(json.toType(response.body(), Json.MAP_TYPE));
        } catch (RuntimeException notJson) {
            return Map.of("body", response.body());
        }
        body.remove("instance");
        return body;
    }

    private void error(SoftAssertions softly, String as, HttpResponse<String> response, boolean english) {
        error(softly, as, response, english, "application/problem+json");
    }

    /**
     * An error answer: a problem document (RFC 9457) with its type, title and status, and a message for people in the
     * language asked for, no key in its words (the login filter's 401 too).
     */
    private void error(SoftAssertions softly, String as, HttpResponse<String> response, boolean english, String mediaType) {
        softly.assertThat(response.headers().firstValue("Content-Type")).as(as + " content type")
                .hasValueSatisfying(type -> assertThat(type).startsWith(mediaType));
        Map<String, Object> error;
        try {
            error = json.toType(response.body(), Json.MAP_TYPE);
        } catch (RuntimeException notJson) {
            softly.fail(as + ": not JSON: " + response.body());
            return;
        }
        softly.assertThat(((Number) error.get("status")).intValue()).as(as + " status in the body").isEqualTo(response.statusCode());
        softly.assertThat(error.get("error")).as(as + " error").isInstanceOf(String.class);
        softly.assertThat((String) error.get("type")).as(as + " type").startsWith("urn:crm:problem:");
        softly.assertThat((String) error.get("title")).as(as + " title").isNotBlank();
        softly.assertThat(error.get("detail")).as(as + " detail").isEqualTo(error.get("message"));
        List<String> words = new ArrayList<>();
        words.add((String) error.get("message"));
        words.add((String) error.get("title"));
        if (error.get("fields") instanceof List<?> fields) {
            for (Object field : fields) {
                words.add((String) map(field).get("message"));
            }
        }
        for (String text : words) {
            softly.assertThat(text).as(as + " message").isNotBlank();
            if (text == null) {
                continue;
            }
            if (english) {
                softly.assertThat(CJK.matcher(text).find()).as(as + " English: " + text).isFalse();
            } else {
                softly.assertThat(CJK.matcher(text).find()).as(as + " Chinese: " + text).isTrue();
            }
            softly.assertThat(MESSAGE_KEY.matcher(text).find()).as(as + " no message key in: " + text).isFalse();
        }
    }
}
