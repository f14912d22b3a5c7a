package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static com.aftersales.crm.it.api.JsonValues.id;
import static com.aftersales.crm.it.api.JsonValues.map;
import static com.aftersales.crm.it.api.JsonValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's conventions, the same on every resource, from outside through the real server: optimistic concurrency
 * with ETag / If-Match, Location on every create, Idempotency-Key on the creating POSTs, errors as RFC 9457 problem
 * documents in the caller's language, date-times with offsets in and China time (+08:00) out, and the OpenAPI
 * document saying so.
 */
@ExtendWith(ArquillianExtension.class)
class RestConventionsIT extends CaseScenarios {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    // --- ETag / If-Match --------------------------------------------------------------------------------------------

    @Test
    void aCustomerChangedWithAStaleIfMatchIsRefusedWith412AndItsEtagChangesWithEveryChange() throws Exception {
        long customerId = customer(false);
        HttpResponse<String> read = get("customers/" + customerId + "/draft", "agent");
        String etag = etag(read);
        long version = id(body(read).get("version"));
        assertThat(etag).isEqualTo("\"" + version + "\"");
        assertThat(etag(get("customers/" + customerId, "agent"))).isEqualTo(etag);

        HttpResponse<String> changed = call("PUT", "customers/" + customerId, "agent", customerBody(body(read), "改过一次", null),
                "If-Match", etag);
        expect(changed, 200);
        String changedTag = etag(changed);
        assertThat(changedTag).isNotEqualTo(etag).isEqualTo(etag(get("customers/" + customerId + "/draft", "agent")));

        // the ETag read before the change is stale now: 412, and the record is as the change left it
        HttpResponse<String> stale = call("PUT", "customers/" + customerId, "agent", customerBody(body(read), "旧版本", null),
                "If-Match", etag);
        Map<String, Object> problem = problem(stale, 412, "urn:crm:problem:precondition-failed");
        assertThat(rows(problem.get("errors"))).extracting(f -> f.get("field")).containsExactly("If-Match");
        assertThat(body(get("customers/" + customerId + "/draft", "agent")).get("note")).isEqualTo("改过一次");

        // If-Match and the body's version disagreeing: 412 too
        Map<String, Object> now = body(get("customers/" + customerId + "/draft", "agent"));
        problem(call("PUT", "customers/" + customerId, "agent", customerBody(now, "不一致", version + 1000), "If-Match", changedTag),
                412, "urn:crm:problem:precondition-failed");

        // without If-Match, the body's version alone applies, as before: current works, stale is a 409 conflict
        expect(call("PUT", "customers/" + customerId, "agent", customerBody(now, "无 If-Match", null)), 200);
        problem(call("PUT", "customers/" + customerId, "agent", customerBody(now, "过时", null)), 409,
                "urn:crm:problem:conflict");
        // with If-Match only (no version in the body), the tag's version applies
        String latest = etag(get("customers/" + customerId + "/draft", "agent"));
        Map<String, Object> unversioned = new java.util.LinkedHashMap<>(body(get("customers/" + customerId + "/draft", "agent")));
        unversioned.remove("version");
        expect(call("PUT", "customers/" + customerId, "agent", json.toJson(withNote(unversioned, "只有 If-Match")),
                "If-Match", latest), 200);
    }

    @Test
    void aStepOnACaseOrAnOrderWithAStaleIfMatchIsRefusedAndNothingHappens() throws Exception {
        long caseId = complaint(customer(false));
        String caseTag = etag(get("cases/" + caseId, "agent"));
        assertThat(caseTag).isEqualTo("\"" + id(serviceCase(caseId).get("version")) + "\"");

        HttpResponse<String> dispatch = call("POST", "cases/" + caseId + "/dispatch-orders", "agent",
                dispatchDraft(PROVIDER_BJ, inThreeHours(), SENIOR_BJ), "If-Match", "\"" + 987654 + "\"");
        problem(dispatch, 412, "urn:crm:problem:precondition-failed");
        assertThat(rows(ok(get("cases/" + caseId, "agent"), 200).get("orders"))).isEmpty();

        long orderId = id(ok(call("POST", "cases/" + caseId + "/dispatch-orders", "agent",
                dispatchDraft(PROVIDER_BJ, inThreeHours(), SENIOR_BJ), "If-Match", caseTag), 201).get("id"));
        assertThat(etag(get("cases/" + caseId, "agent"))).as("dispatching changes the case").isNotEqualTo(caseTag);

        HttpResponse<String> order = get("dispatch-orders/" + orderId, "provider");
        String orderTag = etag(order);
        assertThat(orderTag).isEqualTo("\"" + id(body(order).get("version")) + "\"");
        problem(call("POST", "dispatch-orders/" + orderId + "/accept", "provider", null, "If-Match", "\"" + 987654 + "\""),
                412, "urn:crm:problem:precondition-failed");
        assertThat(body(get("dispatch-orders/" + orderId, "provider")).get("status")).isEqualTo("SENT");
        // a weak tag never matches: If-Match compares strongly
        problem(call("POST", "dispatch-orders/" + orderId + "/accept", "provider", null, "If-Match", "W/" + orderTag),
                412, "urn:crm:problem:precondition-failed");

        HttpResponse<String> accepted = call("POST", "dispatch-orders/" + orderId + "/accept", "provider", null,
                "If-Match", orderTag);
        assertThat(ok(accepted, 200).get("status")).isEqualTo("ACCEPTED");
        assertThat(etag(get("dispatch-orders/" + orderId, "provider"))).isNotEqualTo(orderTag);
    }

    @Test
    void aUserAndAChargebackLineCarryTheirVersionAsEtag() throws Exception {
        long adminId = id(rows(ok(get("users?q=admin&max=1", "admin"), 200).get("rows")).get(0).get("id"));
        HttpResponse<String> user = get("users/" + adminId, "admin");
        assertThat(etag(user)).isEqualTo("\"" + id(body(user).get("version")) + "\"");
        Map<String, Object> page = ok(get("chargebacks?max=1", "supervisor"), 200);
        for (Map<String, Object> line : rows(page.get("rows"))) {
            HttpResponse<String> one = get("chargebacks/" + id(line.get("id")), "supervisor");
            assertThat(etag(one)).isEqualTo("\"" + id(body(one).get("version")) + "\"");
            problem(call("POST", "chargebacks/" + id(line.get("id")) + "/decision", "supervisor",
                    "{\"uphold\":true,\"reason\":\"陈旧\"}", "If-Match", "\"987654\""), 412,
                    "urn:crm:problem:precondition-failed");
        }
    }

    // --- Location ----------------------------------------------------------------------------------------------------

    @Test
    void everyCreateAnswers201WithALocationThatAGetResolves() throws Exception {
        long n = System.nanoTime() % 100_000_000;
        HttpResponse<String> customer = post("customers", "agent", customerJson("孙", "138" + String.format("%08d", n)));
        expect(customer, 201);
        long customerId = id(map(body(customer).get("customer")).get("id"));
        HttpResponse<String> installation = post("customers/" + customerId + "/installations", "agent",
                installationJson("BXKCONV" + n));
        expect(installation, 201);
        long caseId = complaint(customerId);
        HttpResponse<String> order = post("cases/" + caseId + "/dispatch-orders", "agent",
                dispatchDraft(PROVIDER_BJ, inThreeHours(), SENIOR_BJ));
        HttpResponse<String> pause = post("cases/" + caseId + "/clocks/FIRST_REPLY/pauses", "agent",
                "{\"reason\":\"DEALER_GOODS\",\"note\":\"经销商补货\"}");
        HttpResponse<String> cost = post("cases/" + caseId + "/costs", "supervisor", "{\"kind\":\"FREIGHT\",\"amount\":12.5}");
        HttpResponse<String> user = post("users", "admin", "{\"username\":\"conv" + n + "\",\"displayName\":\"吴芳\","
                + "\"roles\":[\"AGENT\"],\"password\":\"Long-enough-password-1\"}");

        for (HttpResponse<String> created : List.of(customer, installation, order, pause, cost, user)) {
            expect(created, 201);
            String location = created.headers().firstValue("Location").orElseThrow();
            assertThat(URI.create(location).isAbsolute()).as(location).isTrue();
            HttpResponse<String> resolved = http.send(HttpRequest.newBuilder(URI.create(location))
                    .header("Authorization", basic("admin")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(resolved.statusCode()).as(location + ": " + resolved.body()).isEqualTo(200);
        }
        assertThat(installation.headers().firstValue("Location").orElseThrow())
                .matches(".*/api/customers/" + customerId + "/installations/\\d+");
    }

    // --- Idempotency-Key ---------------------------------------------------------------------------------------------

    @Test
    void aRetriedCreateWithTheSameKeyCreatesOneRecordAndAnswersTheSame() throws Exception {
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);
        String draft = customerJson("冯", phone);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = call("POST", "customers", "agent", draft, "Idempotency-Key", key);
        HttpResponse<String> retry = call("POST", "customers", "agent", draft, "Idempotency-Key", key);
        expect(first, 201);
        expect(retry, 201);
        assertThat(first.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(body(retry)).isEqualTo(body(first));
        assertThat(count("select count(*) from customer_phone where number = ?", phone)).isEqualTo(1);

        // the same key with another body: 422, and nothing created
        String other = "139" + String.format("%08d", (System.nanoTime() + 7) % 100_000_000);
        Map<String, Object> reused = problem(call("POST", "customers", "agent", customerJson("冯", other),
                "Idempotency-Key", key), 422, "urn:crm:problem:idempotency-key-reused");
        assertThat(rows(reused.get("errors"))).extracting(f -> f.get("field")).containsExactly("Idempotency-Key");
        assertThat(count("select count(*) from customer_phone where number = ?", other)).isZero();
        // the same key on another path is another request too
        problem(call("POST", "cases", "agent", draft, "Idempotency-Key", key), 422, "urn:crm:problem:idempotency-key-reused");

        // keys are the caller's: another user's same key is a new request
        HttpResponse<String> supervisors = call("POST", "customers", "supervisor", customerJson("冯", other),
                "Idempotency-Key", key);
        expect(supervisors, 201);
        assertThat(count("select count(*) from customer_phone where number = ?", other)).isEqualTo(1);

        // a request that failed created nothing and leaves its key free for the corrected retry
        long customerId = id(map(body(first).get("customer")).get("id"));
        String caseKey = UUID.randomUUID().toString();
        expect(call("POST", "cases", "agent", "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\"}",
                "Idempotency-Key", caseKey), 400);
        String complaint = "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\",\"type\":\"COMPLAINT\","
                + "\"severity\":\"NORMAL\",\"customerWords\":\"踢脚线脱落\"}";
        HttpResponse<String> opened = call("POST", "cases", "agent", complaint, "Idempotency-Key", caseKey);
        HttpResponse<String> again = call("POST", "cases", "agent", complaint, "Idempotency-Key", caseKey);
        expect(opened, 201);
        assertThat(ok(again, 201).get("id")).isEqualTo(body(opened).get("id"));
        assertThat(count("select count(*) from service_case where customer_id = ?", customerId)).isEqualTo(1);

        problem(call("POST", "customers", "agent", draft, "Idempotency-Key", "has a space"), 400,
                "urn:crm:problem:validation");
    }

    /**
     * Eight calls at once with one key: one creates, the others get its answer or 409 while it runs. Each Basic call
     * logs in again: eight logins of one user at the same moment must all pass (the login time is not written through
     * the account's version, which concurrent logins used to collide on: 401s).
     */
    @Test
    void concurrentRetriesWithTheSameKeyCreateOneRecord() throws Exception {
        long customerId = customer(false);
        String complaint = "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\",\"type\":\"COMPLAINT\","
                + "\"severity\":\"NORMAL\",\"customerWords\":\"同一请求并发重试\"}";
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(http.sendAsync(request("POST", "cases", "agent", complaint, "Idempotency-Key", key).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            answers.add(call.get());
        }
        assertThat(answers).extracting(HttpResponse::statusCode).allMatch(status -> status == 201 || status == 409);
        for (HttpResponse<String> busy : answers.stream().filter(a -> a.statusCode() == 409).toList()) {
            problem(busy, 409, "urn:crm:problem:idempotency-key-in-use");
        }
        List<Object> ids = answers.stream().filter(a -> a.statusCode() == 201).map(a -> body(a).get("id")).distinct().toList();
        assertThat(ids).hasSizeLessThanOrEqualTo(1);
        // once the first call is done, a retry gets its answer: one case, whatever got through
        HttpResponse<String> later = call("POST", "cases", "agent", complaint, "Idempotency-Key", key);
        Object id = ok(later, 201).get("id");
        if (!ids.isEmpty()) {
            assertThat(id).isEqualTo(ids.get(0));
        }
        assertThat(count("select count(*) from service_case where customer_id = ?", customerId)).isEqualTo(1);
    }

    // --- Problem documents -------------------------------------------------------------------------------------------

    @Test
    void errorsAreProblemDocumentsNamingTheFieldInTheCallersLanguage() throws Exception {
        String notANumber = "{\"customerId\":\"abc\",\"channel\":\"HOTLINE\",\"type\":\"COMPLAINT\"}";
        Map<String, Object> chinese = problem(post("cases", "agent", notANumber), 400, "urn:crm:problem:validation");
        assertThat((String) chinese.get("instance")).endsWith("/api/cases");
        assertThat(rows(chinese.get("errors"))).singleElement().satisfies(field -> {
            assertThat(field.get("field")).isEqualTo("customerId");
            assertThat(CJK.matcher((String) field.get("message")).find()).as(field.toString()).isTrue();
        });
        assertThat(CJK.matcher((String) chinese.get("title")).find()).isTrue();
        assertThat(CJK.matcher((String) chinese.get("detail")).find()).isTrue();

        Map<String, Object> english = problem(call("POST", "cases", "agent", notANumber, "Accept-Language", "en-GB,en;q=0.9"),
                400, "urn:crm:problem:validation");
        assertThat(english.get("title")).isEqualTo("Invalid values");
        assertThat(rows(english.get("errors"))).singleElement().satisfies(field -> {
            assertThat(field.get("field")).isEqualTo("customerId");
            assertThat(CJK.matcher((String) field.get("message")).find()).as(field.toString()).isFalse();
        });

        Map<String, Object> missing = problem(get("cases/987654321", "agent"), 404, "urn:crm:problem:not-found");
        assertThat((String) missing.get("instance")).endsWith("/api/cases/987654321");
        problem(get("dispatch-orders/987654321", "provider"), 404, "urn:crm:problem:not-found");
        problem(get("users", "agent"), 403, "urn:crm:problem:forbidden");

        HttpResponse<String> wrongMethod = call("DELETE", "customers", "agent", null);
        problem(wrongMethod, 405, "urn:crm:problem:method-not-allowed");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        problem(call("POST", "customers", "agent", "name=x", "Content-Type", "application/x-www-form-urlencoded"),
                415, "urn:crm:problem:unsupported-media-type");
        problem(get("cases?max=100000", "agent"), 400, "urn:crm:problem:validation");
        problem(get("cases?first=abc", "agent"), 400, "urn:crm:problem:validation");

        long caseId = complaint(customer(false));
        Map<String, Object> illegal = problem(post("cases/" + caseId + "/acceptance", "agent", null), 409,
                "urn:crm:problem:illegal-transition");
        assertThat(map(illegal.get("transition")).get("from")).isEqualTo("OPEN");
    }

    // --- Date-times --------------------------------------------------------------------------------------------------

    @Test
    void dateTimesAreReadWithZOrAnOffsetAndAnsweredInChinaTime() throws Exception {
        long caseId = complaint(customer(false));
        LocalDateTime visit = inThreeHours();
        String utc = visit.atZone(CHINA).withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime().toString();
        assertThat(utc).endsWith("Z");
        long orderId = id(ok(post("cases/" + caseId + "/dispatch-orders", "agent",
                "{\"providerId\":" + PROVIDER_BJ + ",\"technicianIds\":[" + SENIOR_BJ + "],\"agreedVisitAt\":\"" + utc + "\"}"),
                201).get("id"));
        Map<String, Object> order = ok(get("dispatch-orders/" + orderId, "provider"), 200);
        assertThat(OffsetDateTime.parse((String) order.get("agreedVisitAt")))
                .isEqualTo(visit.atZone(CHINA).toOffsetDateTime());
        assertThat((String) order.get("sentAt")).endsWith("+08:00");

        expect(post("dispatch-orders/" + orderId + "/accept", "provider", null), 200);
        LocalDateTime later = visit.plusHours(1);
        String tokyo = later.atZone(CHINA).withZoneSameInstant(ZoneOffset.ofHours(9)).toOffsetDateTime().toString();
        Map<String, Object> scheduled = ok(post("dispatch-orders/" + orderId + "/schedule", "provider",
                "{\"visitAt\":\"" + tokyo + "\"}"), 200);
        assertThat((String) scheduled.get("agreedVisitAt")).endsWith("+08:00");
        assertThat(OffsetDateTime.parse((String) scheduled.get("agreedVisitAt")))
                .isEqualTo(later.atZone(CHINA).toOffsetDateTime());

        Map<String, Object> view = ok(get("cases/" + caseId, "agent"), 200);
        assertThat((String) map(view.get("case")).get("openedAt")).endsWith("+08:00");
        assertThat(rows(view.get("history"))).allSatisfy(entry -> assertThat((String) entry.get("occurredAt")).endsWith("+08:00"));

        problem(post("dispatch-orders/" + orderId + "/schedule", "provider", "{\"visitAt\":\"明天上午\"}"), 400,
                "urn:crm:problem:validation");
    }

    // --- The document ------------------------------------------------------------------------------------------------

    @Test
    void theOpenApiDocumentDescribesTheConventions() throws Exception {
        Map<String, Object> document = ok(get("openapi.json", "agent"), 200);
        Map<String, Object> problem = map(map(map(document.get("components")).get("schemas")).get("Problem"));
        assertThat(map(problem.get("properties"))).containsKeys("type", "title", "status", "detail", "instance", "errors");
        Map<String, Object> paths = map(document.get("paths"));

        Map<String, Object> open = map(map(path(paths, "/cases")).get("post"));
        assertThat(rows(open.get("parameters"))).extracting(p -> p.get("name")).contains("Idempotency-Key");
        Map<String, Object> openResponses = map(open.get("responses"));
        assertThat(openResponses).containsKeys("201", "400", "409", "422");
        assertThat(map(map(openResponses.get("201")).get("headers"))).containsKey("Location");
        assertThat(map(map(map(openResponses.get("422")).get("content")))).containsKey("application/problem+json");

        Map<String, Object> update = map(map(path(paths, "/customers/{id}")).get("put"));
        assertThat(rows(update.get("parameters"))).extracting(p -> p.get("name")).contains("If-Match");
        assertThat(map(update.get("responses"))).containsKeys("412", "409", "404");
        Map<String, Object> read = map(map(path(paths, "/cases/{id}")).get("get"));
        assertThat(map(map(map(read.get("responses")).get("200")).get("headers"))).containsKey("ETag");
        Map<String, Object> accept = map(map(path(paths, "/dispatch-orders/{id}/accept")).get("post"));
        assertThat(map(accept.get("responses"))).containsKey("412");
    }

    // --- Helpers -----------------------------------------------------------------------------------------------------

    private static Object path(Map<String, Object> paths, String path) {
        Object item = paths.containsKey("/api" + path) ? paths.get("/api" + path) : paths.get(path);
        assertThat(item).as(path).isNotNull();
        return item;
    }

    /** A problem document of the status and type, with its members. */
    private Map<String, Object> problem(HttpResponse<String> response, int status, String type) {
        expect(response, status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        Map<String, Object> problem = body(response);
        assertThat(problem.get("type")).as(response.body()).isEqualTo(type);
        assertThat(((Number) problem.get("status")).intValue()).isEqualTo(status);
        assertThat((String) problem.get("title")).isNotBlank();
        assertThat((String) problem.get("detail")).isNotBlank();
        assertThat((String) problem.get("instance")).isEqualTo(response.uri().getRawPath());
        return problem;
    }

    private static String etag(HttpResponse<String> response) {
        expect(response, 200);
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.uri()));
    }

    private HttpRequest.Builder request(String method, String path, String user, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> call(String method, String path, String user, String body, String... headers) throws Exception {
        return http.send(request(method, path, user, body, headers).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String customerJson(String name, String phone) {
        return "{\"name\":\"" + name + "\",\"customerClass\":\"NEW\",\"regionCode\":\"110105\",\"street\":\"安立路8号\","
                + "\"phones\":[\"" + phone + "\"]}";
    }

    private static String installationJson(String card) {
        return "{\"dealerId\":" + DEALER_BJ + ",\"providerId\":" + PROVIDER_BJ + ",\"technicianIds\":[" + SENIOR_BJ
                + "],\"method\":\"FLOATING\",\"installedOn\":\"" + java.time.LocalDate.now(CHINA).minusMonths(1)
                + "\",\"warrantyCardNo\":\"" + card + "\",\"lines\":[{\"productId\":3,\"quantityM2\":20,\"unitPrice\":298}]}";
    }

    /** The draft read, with another note and, if given, another version. */
    private String customerBody(Map<String, Object> draft, String note, Long version) {
        Map<String, Object> body = withNote(new java.util.LinkedHashMap<>(draft), note);
        if (version != null) {
            body.put("version", version);
        }
        return json.toJson(body);
    }

    private static Map<String, Object> withNote(Map<String, Object> draft, String note) {
        draft.put("note", note);
        return draft;
    }

    private static long count(String query, Object... parameters) throws Exception {
        try (Connection connection = DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"));
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
