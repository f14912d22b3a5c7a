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

/** GET and PUT /api/calendar/{year}: the shipped notices, a year replaced (JSON or text), admin only, bad lines named. */
@ExtendWith(ArquillianExtension.class)
class CalendarApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = System.getProperty("crm.it.base-url") + "api/";
    private final String password = System.getProperty("crm.it.demo-password");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user, String language) throws Exception {
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user, null);
    }

    private HttpResponse<String> put(String path, String user, String type, String body, String language) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type + "; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), user, language);
    }

    @Test
    void theShippedNoticeFor2024ListsTheMakeUpSundaysOfTheSpringFestival() throws Exception {
        HttpResponse<String> response = get("calendar/2024", "admin");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"year\":2024")
                .contains("{\"name\":\"春节\",\"date\":\"2024-02-04\",\"isOffDay\":false}")
                .contains("{\"name\":\"国庆节\",\"date\":\"2024-10-07\",\"isOffDay\":true}");
        assertThat(get("calendar", "admin").body()).contains("\"year\":2026").contains("\"year\":2007");
    }

    @Test
    void aYearNotEnteredIsNotFound() throws Exception {
        assertThat(get("calendar/2099", "admin").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorReadsOrReplacesTheCalendar() throws Exception {
        assertThat(get("calendar/2024", "supervisor").statusCode()).isEqualTo(403);
        assertThat(get("calendar", "agent").statusCode()).isEqualTo(403);
        assertThat(put("calendar/2032", "supervisor", "text/plain", "2032-01-01 元旦 休", null).statusCode()).isEqualTo(403);
        assertThat(get("calendar/2032", "admin").statusCode()).isEqualTo(404);
    }

    @Test
    void aPutReplacesTheYearWithTheHolidayCnJsonAndThenWithText() throws Exception {
        String json = """
                {"$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json", "year": 2029,
                 "papers": [], "days": [
                   {"name": "元旦", "date": "2028-12-31", "isOffDay": false},
                   {"name": "元旦", "date": "2029-01-01", "isOffDay": true},
                   {"name": "春节", "date": "2029-02-12", "isOffDay": true}]}""";
        HttpResponse<String> saved = put("calendar/2029", "admin", "application/json", json, null);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("{\"name\":\"元旦\",\"date\":\"2028-12-31\",\"isOffDay\":false}")
                .contains("\"2029-02-12\"");

        HttpResponse<String> replaced = put("calendar/2029", "admin", "text/plain", "2029-01-01 元旦 休\n2029-02-13 春节 休\n", null);

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(get("calendar/2029", "admin").body()).contains("\"2029-02-13\"").doesNotContain("2029-02-12")
                .doesNotContain("2028-12-31");
    }

    @Test
    void aBadLineIsAProblemNamingItsNumberAndNothingIsSaved() throws Exception {
        HttpResponse<String> chinese = put("calendar/2030", "admin", "text/plain",
                "2030-01-01 元旦 休\n2030-02-30 春节 休\n", null);

        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.body()).contains("\"error\":\"invalid\"").contains("\"code\":\"calendar.error.date\"")
                .contains("第 2 行的日期“2030-02-30”无效");

        HttpResponse<String> english = put("calendar/2030", "admin", "application/json",
                "{\"year\": 2030, \"days\": [{\"name\": \"元旦\", \"date\": \"2030-01-01\", \"isOffDay\": true},"
                        + " {\"name\": \"春节\", \"date\": \"2030-02-03\", \"isOffDay\": \"maybe\"}]}", "en");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("Line 2: ").contains("must be 休 (off) or 班 (working day)");
        assertThat(get("calendar/2030", "admin").statusCode()).isEqualTo(404);
    }
}
