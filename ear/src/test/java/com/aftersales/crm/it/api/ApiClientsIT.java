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
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.it.api.JsonValues.id;
import static com.aftersales.crm.it.api.JsonValues.map;
import static com.aftersales.crm.it.api.JsonValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API clients through the real server: the admin creates one bound to a role and organisation, the client calls with
 * its key (bearer or X-Api-Key) and sees exactly what a user of that role and organisation sees; wrong, rotated and
 * revoked keys get 401; beyond its rate 429 with Retry-After; only the secret's hash is stored; only the admin
 * manages clients; a client never gets into the portal.
 */
@ExtendWith(ArquillianExtension.class)
class ApiClientsIT extends CaseScenarios {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A client just created: its id and its key. */
    private record Client(long id, String key, Map<String, Object> answer) {
    }

    private Client create(String role, String organisation, String limits) throws Exception {
        String name = "系统" + role + System.nanoTime() % 10_000_000;
        HttpResponse<String> response = post("api-clients", "admin", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\""
                + (organisation == null ? "" : "," + organisation) + (limits == null ? "" : "," + limits) + "}");
        Map<String, Object> created = ok(response, 201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/api-clients/"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        return new Client(id(map(created.get("client")).get("id")), (String) created.get("key"), created);
    }

    private Client provider(long providerId) throws Exception {
        return create("PROVIDER", "\"providerId\":" + providerId, null);
    }

    private HttpResponse<String> withKey(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> getWithKey(String path, String key) throws Exception {
        return withKey("GET", path, key, null);
    }

    private long providerId(String user) throws Exception {
        return id(ok(get("me", user), 200).get("providerId"));
    }

    @Test
    void aProviderClientActsAsItsProviderAndSeesOnlyItsOwnOrdersAndCases() throws Exception {
        long caseId = complaint(customer(false));
        long orderId = dispatched(caseId);                     // to P-BJ-001
        Client own = provider(providerId("provider"));
        Client other = provider(providerId("provider2"));
        assertThat(own.key()).matches("crm_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");

        Map<String, Object> me = ok(getWithKey("me", own.key()), 200);
        assertThat(me.get("roles")).isEqualTo(List.of("provider"));
        assertThat(id(me.get("providerId"))).isEqualTo(PROVIDER_BJ);
        assertThat((String) me.get("username")).startsWith("api:");

        assertThat(id(ok(getWithKey("dispatch-orders/" + orderId, own.key()), 200).get("id"))).isEqualTo(orderId);
        expect(getWithKey("cases/" + caseId, own.key()), 200);
        // the same key in its own header
        expect(http.send(HttpRequest.newBuilder(URI.create(base + "dispatch-orders/" + orderId))
                .header("X-Api-Key", own.key()).GET().build(), HttpResponse.BodyHandlers.ofString()), 200);

        // another provider's client: the order and the case are not there for it
        HttpResponse<String> foreign = getWithKey("dispatch-orders/" + orderId, other.key());
        expect(foreign, 404);
        // foreign and missing answer alike but for the path asked (the problem's instance)
        assertThat(foreign.body().replaceAll("\"instance\":\"[^\"]*\"", ""))
                .isEqualTo(getWithKey("dispatch-orders/987654321", other.key()).body().replaceAll("\"instance\":\"[^\"]*\"", ""));
        expect(getWithKey("cases/" + caseId, other.key()), 404);
        expect(withKey("POST", "dispatch-orders/" + orderId + "/accept", other.key(), null), 404);
        assertThat(rows(ok(getWithKey("dispatch-orders", other.key()), 200).get("rows")))
                .noneSatisfy(row -> assertThat(id(row.get("id"))).isEqualTo(orderId));

        // the provider's own work, with no Origin (a system, not a page): the role's steps, and no more
        assertThat(ok(withKey("POST", "dispatch-orders/" + orderId + "/accept", own.key(), null), 200).get("status"))
                .isEqualTo("ACCEPTED");
        expect(withKey("POST", "customers", own.key(), "{\"name\":\"钱\"}"), 403);
        expect(withKey("POST", "cases/" + caseId + "/costs", own.key(), "{\"kind\":\"LABOUR\",\"amount\":1}"), 403);
    }

    @Test
    void wrongRotatedAndRevokedKeysAreRefused() throws Exception {
        Client client = create("AGENT", null, null);
        expect(getWithKey("me", client.key()), 200);

        String keyId = client.key().substring(4, 16);
        HttpResponse<String> wrongSecret = getWithKey("me", "crm_" + keyId + "_" + "A".repeat(43));
        expect(wrongSecret, 401);
        assertThat(((Number) body(wrongSecret).get("status")).intValue()).isEqualTo(401);
        assertThat(wrongSecret.headers().allValues("WWW-Authenticate")).anySatisfy(v -> assertThat(v).startsWith("Bearer"));
        expect(getWithKey("me", "not-a-key"), 401);
        expect(getWithKey("me", "crm_ffffffffffff_" + client.key().substring(17)), 401);

        // rotated at once: the old key stops, the new one works
        Map<String, Object> rotated = ok(post("api-clients/" + client.id() + "/rotation", "admin", null), 200);
        String second = (String) rotated.get("key");
        assertThat(second).isNotEqualTo(client.key());
        expect(getWithKey("me", client.key()), 401);
        expect(getWithKey("me", second), 200);

        // rotated with an overlap: both work until it ends
        String third = (String) ok(post("api-clients/" + client.id() + "/rotation", "admin", "{\"overlapMinutes\":10}"), 200).get("key");
        expect(getWithKey("me", second), 200);
        expect(getWithKey("me", third), 200);
        List<Map<String, Object>> keys = rows(ok(get("api-clients/" + client.id(), "admin"), 200).get("keys"));
        assertThat(keys).extracting(k -> k.get("active")).containsExactly(true, true, false);
        assertThat(keys.get(1).get("expiresAt")).isNotNull();
        expect(post("api-clients/" + client.id() + "/rotation", "admin", "{\"overlapMinutes\":1441}"), 400);

        // revoked: nothing works, and nothing more can be issued
        Map<String, Object> revoked = ok(post("api-clients/" + client.id() + "/revocation", "admin", null), 200);
        assertThat(revoked.get("revoked")).isEqualTo(true);
        expect(getWithKey("me", second), 401);
        expect(getWithKey("me", third), 401);
        HttpResponse<String> again = post("api-clients/" + client.id() + "/rotation", "admin", null);
        expect(again, 400);
        assertThat(rows(body(again).get("fields"))).extracting(f -> f.get("code")).containsExactly("admin.apiClients.error.revoked");
    }

    @Test
    void beyondItsRateAClientGets429WithRetryAfterWhileOthersGoOn() throws Exception {
        Client limited = create("MANAGER", null, "\"requestsPerMinute\":1,\"burst\":2");
        Client other = create("MANAGER", null, null);
        expect(getWithKey("me", limited.key()), 200);
        expect(getWithKey("me", limited.key()), 200);
        HttpResponse<String> refused = getWithKey("me", limited.key());
        expect(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        Map<String, Object> error = body(refused);
        assertThat(((Number) error.get("status")).intValue()).isEqualTo(429);
        assertThat((String) error.get("message")).isNotBlank();
        expect(getWithKey("me", other.key()), 200);

        // the policy's default applies to a client without its own; the admin changes a client's own limit
        Map<String, Object> shown = ok(get("api-clients/" + other.id(), "admin"), 200);
        assertThat(shown.get("requestsPerMinute")).isNull();
        assertThat(((Number) shown.get("effectiveRequestsPerMinute")).intValue())
                .isEqualTo(policy("api.rate-limit.per-minute"));
        assertThat(((Number) shown.get("effectiveBurst")).intValue()).isEqualTo(policy("api.rate-limit.burst"));
        Map<String, Object> relimited = ok(put("api-clients/" + limited.id() + "/rate-limit", "{\"requestsPerMinute\":600,"
                + "\"burst\":5,\"version\":" + id(ok(get("api-clients/" + limited.id(), "admin"), 200).get("version")) + "}"), 200);
        assertThat(((Number) relimited.get("effectiveBurst")).intValue()).isEqualTo(5);
        expect(getWithKey("me", limited.key()), 200);
        expect(put("api-clients/" + limited.id() + "/rate-limit", "{\"requestsPerMinute\":0,\"version\":"
                + id(relimited.get("version")) + "}"), 400);
    }

    @Test
    void onlyTheSecretsHashIsStoredAndTheKeyIsNeverShownAgain() throws Exception {
        Client client = create("SUPERVISOR", null, null);
        String secret = client.key().substring(17);
        String keyId = client.key().substring(4, 16);
        expect(getWithKey("me", client.key()), 200);

        try (Connection db = database()) {
            Map<String, Object> row = row(db, "select secret_hash, last_used_at from api_client_key where key_id = ?", keyId);
            String stored = ((String) row.get("secret_hash")).trim();
            assertThat(stored).doesNotContain(secret).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII))));
            assertThat(row.get("last_used_at")).as("last use recorded").isNotNull();
            Map<String, Object> anywhere = row(db, "select count(*) as n from api_client c join api_client_key k on k.client_id = c.id "
                    + "where strpos(c::text || k::text, ?) > 0", secret);
            assertThat(((Number) anywhere.get("n")).longValue()).isZero();
        }
        assertThat(get("api-clients/" + client.id(), "admin").body()).doesNotContain(secret).contains(keyId);
        assertThat(get("api-clients", "admin").body()).doesNotContain(secret);
        assertThat(ok(get("api-clients/" + client.id(), "admin"), 200).get("lastUsedAt")).isNotNull();
    }

    @Test
    void onlyTheAdministratorManagesClientsAndNoClientIsAnAdministrator() throws Exception {
        Client agentSystem = create("AGENT", null, null);
        for (String user : List.of("agent", "supervisor", "provider", "manager")) {
            expect(get("api-clients", user), 403);
            expect(post("api-clients", user, "{\"name\":\"越权\",\"role\":\"AGENT\"}"), 403);
            expect(post("api-clients/" + agentSystem.id() + "/revocation", user, null), 403);
        }
        expect(getWithKey("api-clients", agentSystem.key()), 403);
        expect(withKey("POST", "api-clients", agentSystem.key(), "{\"name\":\"越权\",\"role\":\"AGENT\"}"), 403);

        HttpResponse<String> admin = post("api-clients", "admin", "{\"name\":\"管理员系统\",\"role\":\"ADMIN\"}");
        expect(admin, 400);
        assertThat(rows(body(admin).get("fields"))).extracting(f -> f.get("field")).containsExactly("role");
        HttpResponse<String> noProvider = post("api-clients", "admin", "{\"name\":\"无主服务商\",\"role\":\"PROVIDER\"}");
        expect(noProvider, 400);
        assertThat(rows(body(noProvider).get("fields"))).extracting(f -> f.get("field")).containsExactly("providerId");
        expect(post("api-clients", "admin", "{\"name\":\"不存在的服务商\",\"role\":\"PROVIDER\",\"providerId\":987654}"), 400);
        expect(post("api-clients", "admin", "{\"name\":\"未知角色\",\"role\":\"NOPE\"}"), 400);
        expect(get("api-clients/987654321", "admin"), 404);
    }

    @Test
    void aClientCannotOpenThePortal() throws Exception {
        Client client = create("AGENT", null, null);
        String portal = System.getProperty("crm.it.base-url");
        for (String page : List.of("agent/index.xhtml", "cases/list.xhtml", "index.xhtml")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(portal + page))
                    .header("Authorization", "Bearer " + client.key()).header("X-Api-Key", client.key()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page)
                    .hasValueSatisfying(location -> assertThat(location).contains("login.xhtml"));
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheKeysAndTheClientPaths() throws Exception {
        Map<String, Object> document = ok(get("openapi.json", "agent"), 200);
        Map<String, Object> schemes = map(map(document.get("components")).get("securitySchemes"));
        assertThat(map(schemes.get("bearer"))).containsEntry("type", "http").containsEntry("scheme", "bearer");
        assertThat(map(schemes.get("apiKey"))).containsEntry("type", "apiKey").containsEntry("in", "header")
                .containsEntry("name", "X-Api-Key");
        assertThat(map(document.get("paths")).keySet().stream().map(path -> path.replaceFirst("^/api/", "/")))
                .contains("/api-clients", "/api-clients/{id}", "/api-clients/{id}/rotation", "/api-clients/{id}/revocation",
                        "/api-clients/{id}/rate-limit");
        // a client reads the document too
        expect(getWithKey("openapi.json", create("AGENT", null, null).key()), 200);
    }

    private HttpResponse<String> put(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic("admin"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int policy(String key) throws Exception {
        try (Connection db = database()) {
            return Integer.parseInt((String) row(db, "select value from policy_value where policy_key = ? "
                    + "and effective_from <= now() order by effective_from desc limit 1", key).get("value"));
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"));
    }

    private static Map<String, Object> row(Connection db, String query, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as(query).isTrue();
                Map<String, Object> row = new java.util.HashMap<>();
                for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                    row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                }
                return row;
            }
        }
    }
}
