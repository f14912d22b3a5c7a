package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static com.aftersales.crm.it.api.JsonValues.id;
import static com.aftersales.crm.it.api.JsonValues.map;
import static com.aftersales.crm.it.api.JsonValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the REST API takes as input, from outside: every value a field cannot hold is a 400 naming the field (never
 * a 500 from the database, never a value quietly changed), a body is one JSON value and nothing more, and a
 * {@code date-time} is what the OpenAPI document says it is — with an offset or {@code Z}, or China time without.
 *
 * <p>Demo data: dealer D-BJ-001 = id 1, provider P-BJ-001 = id 1 with senior technician 1, product 3.
 */
@ExtendWith(ArquillianExtension.class)
class ApiInputIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000 + 500_000);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = System.getProperty("crm.it.base-url") + "api/";
    private final String password = System.getProperty("crm.it.demo-password");
    private final Json json = new Json();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private HttpResponse<String> send(String method, String path, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("agent:" + password).getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, body, null);
    }

    private Map<String, Object> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isEqualTo(status);
        return json.toType(response.body(), Json.MAP_TYPE);
    }

    /** The JSON array answered by a call that must succeed with the given status. */
    private List<Map<String, Object>> list(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isEqualTo(status);
        return rows(json.toType(response.body(), List.class));
    }

    /** A refusal: 400, and the fields it names. */
    private Map<String, Object> refused(HttpResponse<String> response) {
        Map<String, Object> error = ok(response, 400);
        assertThat(error.get("status")).isEqualTo(400L);
        assertThat((String) error.get("message")).as(response.body()).isNotBlank();
        return error;
    }

    private static List<Object> fieldNames(Map<String, Object> error) {
        return rows(error.get("fields")).stream().map(field -> field.get("field")).toList();
    }

    private long customer() throws Exception {
        long n = SEQUENCE.incrementAndGet();
        return id(map(ok(post("customers", "{\"name\":\"孙输入\",\"customerClass\":\"NEW\",\"regionCode\":\"110105\","
                + "\"street\":\"安立路" + n % 300 + "号\",\"phones\":[\"138" + String.format("%08d", n % 100_000_000) + "\"]}"),
                201).get("customer")).get("id"));
    }

    private String installation(String quantity, String unitPrice) {
        return "{\"dealerId\":1,\"providerId\":1,\"technicianIds\":[1],\"method\":\"FLOATING\",\"installedOn\":\""
                + LocalDate.now(CHINA).minusMonths(1) + "\",\"warrantyCardNo\":\"BXKIN" + SEQUENCE.incrementAndGet()
                + "\",\"lines\":[{\"productId\":3,\"quantityM2\":" + quantity + ",\"unitPrice\":" + unitPrice + "}]}";
    }

    private long repairCase() throws Exception {
        long customerId = customer();
        list(post("customers/" + customerId + "/installations", installation("40", "298")), 201);
        return id(ok(post("cases", "{\"customerId\":" + customerId + ",\"type\":\"REPAIR\",\"customerWords\":\"踢脚线脱落\"}"),
                201).get("id"));
    }

    private static String dispatch(String agreedVisitAt) {
        return "{\"providerId\":1,\"technicianIds\":[1],\"agreedVisitAt\":\"" + agreedVisitAt + "\"}";
    }

    // --- numbers --------------------------------------------------------------------------------------------------

    @Test
    void anAreaOrPriceTheColumnCannotHoldIsRefusedNamingTheLineAndField() throws Exception {
        long customerId = customer();
        String installations = "customers/" + customerId + "/installations";

        for (String tooLarge : List.of("1e8", "100000000", "123456789012")) {
            Map<String, Object> error = refused(post(installations, installation(tooLarge, "298")));
            assertThat(fieldNames(error)).as(tooLarge).containsExactly("lines[0].quantityM2");
        }
        assertThat(fieldNames(refused(post(installations, installation("0", "298"))))).containsExactly("lines[0].quantityM2");
        assertThat(fieldNames(refused(post(installations, installation("12.345", "298"))))).containsExactly("lines[0].quantityM2");
        assertThat(fieldNames(refused(post(installations, installation("40", "1e9"))))).containsExactly("lines[0].unitPrice");
        assertThat(fieldNames(refused(post(installations, installation("40", "-1"))))).containsExactly("lines[0].unitPrice");
        assertThat(fieldNames(refused(post(installations, installation("\"四十\"", "298"))))).containsExactly("lines[0].quantityM2");
        assertThat(list(send("GET", installations, null, null), 200)).isEmpty();

        // The largest the column holds is taken as it is.
        list(post(installations, installation("99999999.99", "99999999.99")), 201);
        assertThat(list(send("GET", installations, null, null), 200)).singleElement()
                .satisfies(archive -> assertThat(rows(archive.get("lines")).get(0).get("quantityM2")).isEqualTo(99999999.99));
    }

    @Test
    void aWholeNumberFieldTakesOnlyWholeNumbersInRange() throws Exception {
        long customerId = customer();

        for (String notWhole : List.of("301.5", "1e30", "9223372036854775808", "\"301\"", "true")) {
            Map<String, Object> error = refused(post("cases", "{\"customerId\":" + notWhole
                    + ",\"type\":\"COMPLAINT\",\"customerWords\":\"地板响\"}"));
            assertThat(fieldNames(error)).as(notWhole).containsExactly("customerId");
        }
        long caseId = repairCase();
        assertThat(fieldNames(refused(post("cases/" + caseId + "/dispatch-orders", "{\"providerId\":1,\"technicianIds\":[1.5],"
                + "\"agreedVisitAt\":\"" + LocalDateTime.now(CHINA).plusHours(3).truncatedTo(ChronoUnit.MINUTES) + "\"}"))))
                .containsExactly("technicianIds[0]");
        assertThat(fieldNames(refused(post("cases", "{\"customerId\":" + customerId + ",\"type\":\"GRIPE\","
                + "\"customerWords\":\"地板响\"}")))).containsExactly("type");
        assertThat(fieldNames(refused(send("GET", "cases?first=abc", null, null)))).containsExactly("first");
        assertThat(ok(send("GET", "cases?stage=ALL&customerId=" + customerId, null, null), 200).get("count")).isEqualTo(0L);
        // 301.0 is the whole number 301.
        assertThat(ok(post("cases", "{\"customerId\":" + customerId + ".0,\"type\":\"COMPLAINT\",\"customerWords\":\"地板响\"}"),
                201).get("id")).isNotNull();
    }

    // --- the body -------------------------------------------------------------------------------------------------

    @Test
    void aBodyIsOneJsonValueWithNothingAfterIt() throws Exception {
        long customerId = customer();
        String call = "{\"customerId\":" + customerId + ",\"type\":\"COMPLAINT\",\"customerWords\":\"地板响\"}";

        for (String trailing : List.of(call + " garbage", call + "{}", call + ",", call + "]")) {
            Map<String, Object> error = refused(post("cases", trailing));
            assertThat(error.get("code")).as(trailing).isEqualTo("api.error.trailing");
            assertThat(error.get("message")).isEqualTo("请求内容必须是一个 JSON 值，其后不能再有其他内容");
        }
        Map<String, Object> english = refused(send("POST", "cases", call + " x", "en"));
        assertThat(english.get("message")).isEqualTo("The body must be one JSON value with nothing after it");
        assertThat(ok(send("GET", "cases?stage=ALL&customerId=" + customerId, null, null), 200).get("count")).isEqualTo(0L);
        // Blanks after the value are nothing.
        ok(post("cases", call + " \n "), 201);
    }

    // --- date-times -----------------------------------------------------------------------------------------------

    @Test
    void anAgreedVisitTimeWithAnOffsetOrZIsTakenAtThatInstantAndAnsweredWithAnOffset() throws Exception {
        Instant visit = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String utc = visit.toString();                                               // 2026-12-03T09:00:00Z
        String tokyo = visit.atOffset(ZoneOffset.ofHours(9)).toString();             // …T18:00+09:00
        String china = LocalDateTime.ofInstant(visit, CHINA).toString();            // China time, no offset

        for (String agreed : List.of(utc, tokyo, china)) {
            long caseId = repairCase();
            Map<String, Object> created = ok(post("cases/" + caseId + "/dispatch-orders", dispatch(agreed)), 201);
            Map<String, Object> order = ok(send("GET", "dispatch-orders/" + id(created.get("id")), null, null), 200);
            assertThat(OffsetDateTime.parse((String) order.get("agreedVisitAt")).toInstant()).as(agreed).isEqualTo(visit);
        }

        // The provider's confirmed time, too.
        long caseId = repairCase();
        long orderId = id(ok(post("cases/" + caseId + "/dispatch-orders", dispatch(utc)), 201).get("id"));
        ok(post("dispatch-orders/" + orderId + "/accept", null), 200);
        Instant later = visit.plus(1, ChronoUnit.HOURS);
        Map<String, Object> scheduled = ok(post("dispatch-orders/" + orderId + "/schedule", "{\"visitAt\":\"" + later + "\"}"), 200);
        assertThat(OffsetDateTime.parse((String) scheduled.get("agreedVisitAt")).toInstant()).isEqualTo(later);
    }

    @Test
    void aVisitTimeThatIsNotADateTimeIsRefusedNamingTheField() throws Exception {
        long caseId = repairCase();

        for (String wrong : List.of("tomorrow", "2026-13-01T10:00", "2026-12-03T10:00+25:00", "2026-12-03")) {
            Map<String, Object> error = refused(post("cases/" + caseId + "/dispatch-orders", dispatch(wrong)));
            assertThat(fieldNames(error)).as(wrong).containsExactly("agreedVisitAt");
            assertThat(rows(error.get("fields")).get(0).get("message")).as(wrong).isEqualTo("该字段不接受这个值");
        }
    }
}
