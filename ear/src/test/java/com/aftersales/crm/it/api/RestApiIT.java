package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API from outside: same login and roles as the portal, JSON everywhere, errors included. */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = System.getProperty("crm.it.base-url") + "api/";
    private final String password = System.getProperty("crm.it.demo-password");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anonymousCallIsRefusedWithAJsonChallenge() throws Exception {
        HttpResponse<String> response = get("health", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "me"))
                .header("Authorization", basic("manager", "not-the-password")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void healthReportsTheDatabaseToALoggedInUser() throws Exception {
        HttpResponse<String> response = get("health", "agent");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"database\":\"UP\"");
    }

    @Test
    void meTellsADealerItsOwnDealer() throws Exception {
        HttpResponse<String> response = get("me", "dealer");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"dealer\"").contains("\"roles\":[\"dealer\"]").contains("\"dealerId\":");
    }

    @Test
    void userAdministrationIsForAdministratorsOnly() throws Exception {
        HttpResponse<String> asDealer = get("users", "dealer");
        HttpResponse<String> asAgent = get("users", "agent");
        HttpResponse<String> asAdmin = get("users?max=5", "admin");

        assertThat(asDealer.statusCode()).isEqualTo(403);
        assertThat(asDealer.body()).contains("\"error\":\"forbidden\"");
        assertThat(asAgent.statusCode()).isEqualTo(403);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("\"total\":").contains("\"username\":\"admin\"");
    }

    @Test
    void invalidUserIsRefusedNamingEachField() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "users"))
                .header("Authorization", basic("admin", password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bad name\",\"displayName\":\"\",\"roles\":[\"AGENT\"],\"password\":\"short\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"username\"").contains("\"field\":\"displayName\"").contains("\"field\":\"password\"");
    }

    @Test
    void dealerUserWithoutDealerIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "users"))
                .header("Authorization", basic("admin", password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"apidealer" + System.nanoTime() % 100000
                        + "\",\"displayName\":\"周杰\",\"roles\":[\"DEALER\"],\"password\":\"Long-enough-password\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"dealerId\"").contains("user.error.dealerRequired");
    }

    @Test
    void unknownPathIsAJsonNotFound() throws Exception {
        HttpResponse<String> response = get("no-such-thing", "admin");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = get("openapi.json", "agent");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"").contains("/health").contains("/users");
    }

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user, password))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void dealerReadsItsOwnCustomerButAnotherDealersIsNotFound() throws Exception {
        // demo customer 7 belongs to D-BJ-001 (user dealer); dealer2 acts for D-SH-001
        HttpResponse<String> own = get("customers/7", "dealer");
        HttpResponse<String> other = get("customers/7", "dealer2");
        HttpResponse<String> otherInstallations = get("customers/7/installations", "dealer2");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"installations\"").contains("\"timeline\"");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("\"error\":\"not_found\"");
        assertThat(otherInstallations.statusCode()).isEqualTo(404);
    }

    @Test
    void dealerCannotWriteCustomersAndManagementCannotReadThem() throws Exception {
        assertThat(send("POST", "customers", "dealer", "{\"name\":\"越权\",\"regionCode\":\"110101\",\"phones\":[\"13800138000\"]}")
                .statusCode()).isEqualTo(403);
        assertThat(get("customers", "manager").statusCode()).isEqualTo(403);
    }

    @Test
    void invalidPhoneIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = send("POST", "customers", "agent",
                "{\"name\":\"李强\",\"customerClass\":\"NEW\",\"regionCode\":\"110101\",\"phones\":[\"12345\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"phone\"").contains("phone.error.format");
    }

    @Test
    void agentCreatesACustomerAndRecordsAnInstallationWithItsWarranty() throws Exception {
        String mobile = "135" + String.format("%08d", System.nanoTime() % 100_000_000);
        HttpResponse<String> created = send("POST", "customers", "agent", "{\"name\":\"郑浩\",\"customerClass\":\"NEW\","
                + "\"regionCode\":\"330106\",\"street\":\"文一路1号\",\"phones\":[\"" + mobile + "\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        // demo data: dealer 3 = D-HZ-001, provider 3 = P-HZ-001 whose senior technician is 9, product 3 = BZB-XZMD-910
        HttpResponse<String> installation = send("POST", "customers/" + id + "/installations", "agent",
                "{\"dealerId\":3,\"providerId\":3,\"technicianIds\":[9],\"method\":\"JOIST\",\"installedOn\":\""
                        + java.time.LocalDate.now().minusDays(3) + "\",\"warrantyCardNo\":\"BXKAPI" + System.nanoTime() % 1_000_000
                        + "\",\"lines\":[{\"productId\":3,\"quantityM2\":35.5,\"unitPrice\":298}]}");

        assertThat(installation.statusCode()).isEqualTo(201);
        assertThat(installation.body()).contains("\"status\":\"FREE\"").contains("标准板香脂木豆实木多层910×125×15");
        assertThat(get("customers?q=" + mobile.substring(7), "agent").body()).contains("郑浩");
    }

    @Test
    void payarasOwnUnauthenticatedEndpointsAreOff() throws Exception {
        String server = System.getProperty("crm.it.base-url").replace("/crm/", "/");
        for (String path : new String[]{"openapi", "metrics", "health"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
        }
    }
}
