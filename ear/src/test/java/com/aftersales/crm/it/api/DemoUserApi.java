package com.aftersales.crm.it.api;

import org.openqa.selenium.json.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a REST test does from outside, as the demo users: calls with HTTP Basic and the demo password, and the JSON
 * answers read as maps. The REST tests extend it instead of each writing its own client.
 */
abstract class DemoUserApi {

    final HttpClient http = HttpClient.newHttpClient();
    final String base = System.getProperty("crm.it.base-url") + "api/";
    final String password = System.getProperty("crm.it.demo-password");
    final Json json = new Json();

    HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A JSON POST; with a {@code null} body, a POST as a bare client sends it for a step that needs nothing. */
    HttpResponse<String> post(String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user));
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST with no body and no Content-Type. */
    HttpResponse<String> postNothing(String path, String user) throws Exception {
        return post(path, user, null);
    }

    String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> body(HttpResponse<String> response) {
        return json.toType(response.body(), Json.MAP_TYPE);
    }

    /** The JSON object answered by a call that must succeed with the given status. */
    Map<String, Object> ok(HttpResponse<String> response, int status) {
        expect(response, status);
        return body(response);
    }

    /** The JSON array answered by a call that must succeed with the given status. */
    List<Map<String, Object>> okList(HttpResponse<String> response, int status) {
        expect(response, status);
        return json.toType(response.body(), Json.LIST_OF_MAPS_TYPE);
    }

    static void expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isEqualTo(status);
    }

    /** A date-time as the API writes it (with its offset, +08:00) as the moment it is. */
    static Instant instant(Object value) {
        return java.time.OffsetDateTime.parse((String) value).toInstant();
    }
}
