package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up queue through {@code /api/follow-ups}, as a telephony platform drives it for the agents: next call
 * (never one follow-up to two callers, the same one again while it is held), take and give back, attempts with their
 * outcome, the survey of a reached customer and what it implies, and the call centre's queue closed to the network.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpApiIT extends DemoUserApi {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** The demo callers hold nothing from an earlier test: "next call" would hand that back first. */
    @BeforeEach
    void callersHoldNothing() throws Exception {
        try (Connection db = database(); PreparedStatement free = db.prepareStatement(
                "update follow_up set claimed_by = null, claim_expires_at = null where claimed_by in ('agent', 'supervisor', 'admin')")) {
            free.executeUpdate();
        }
    }

    @Test
    void nextCallHandsEachCallerItsOwnFollowUpAndTheSameOneAgainUntilItIsGivenBack() throws Exception {
        List<Long> head = headOfTheQueue(2);

        HttpResponse<String> first = post("follow-ups/next", "agent", null);
        long agentsCall = followUpId(ok(first, 200));
        assertThat(agentsCall).isEqualTo(head.get(0));
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("follow-ups/" + agentsCall));
        assertThat(followUpId(ok(post("follow-ups/next", "agent", null), 200))).as("the agent holds one reservation").isEqualTo(agentsCall);
        long supervisorsCall = followUpId(ok(post("follow-ups/next", "supervisor", null), 200));
        assertThat(supervisorsCall).isEqualTo(head.get(1));
        assertThat(claimedBy(agentsCall)).isEqualTo("agent");
        assertThat(claimedBy(supervisorsCall)).isEqualTo("supervisor");

        HttpResponse<String> heldByAnother = post("follow-ups/" + agentsCall + "/reservation", "supervisor", null);
        assertField(heldByAnother, "followUp");

        expect(delete("follow-ups/" + agentsCall + "/reservation", "agent"), 204);
        assertThat(claimedBy(agentsCall)).isNull();
        Map<String, Object> taken = ok(post("follow-ups/" + agentsCall + "/reservation", "supervisor", null), 200);
        assertThat(map(taken.get("followUp")).get("claimedBy")).isEqualTo("supervisor");
        assertThat(claimedBy(supervisorsCall)).as("taking another gives the first back").isNull();

        // both end refused, so that the queue's head is as it was
        assertThat(map(ok(post("follow-ups/" + agentsCall + "/attempts", "supervisor", "{\"outcome\":\"REFUSED\"}"), 201)
                .get("followUp")).get("status")).isEqualTo("REFUSED");
        ok(post("follow-ups/" + supervisorsCall + "/reservation", "agent", null), 200);
        ok(post("follow-ups/" + supervisorsCall + "/attempts", "agent", "{\"outcome\":\"REFUSED\"}"), 201);
    }

    @Test
    void anAttemptIsRecordedWithItsOutcomeAndAWrongOneIsRefusedNamingTheField() throws Exception {
        long id = headOfTheQueue(1).get(0);
        ok(post("follow-ups/" + id + "/reservation", "agent", null), 200);

        assertField(post("follow-ups/" + id + "/attempts", "agent", "{\"outcome\":\"CALL_BACK\"}"), "callBackAt");
        assertField(post("follow-ups/" + id + "/attempts", "agent", "{\"outcome\":\"REACHED\"}"), "outcome");
        assertField(post("follow-ups/" + id + "/attempts", "agent", "{\"outcome\":\"LATER\"}"), "outcome");
        assertField(post("follow-ups/" + id + "/attempts", "agent", "{}"), "outcome");

        String key = "busy-" + System.nanoTime();
        HttpResponse<String> busy = postWithKey("follow-ups/" + id + "/attempts", "agent", "{\"outcome\":\"BUSY\",\"note\":\"占线\"}", key);
        Map<String, Object> sheet = ok(busy, 201);
        HttpResponse<String> retried = postWithKey("follow-ups/" + id + "/attempts", "agent", "{\"outcome\":\"BUSY\",\"note\":\"占线\"}", key);
        expect(retried, 201);
        assertThat(retried.headers().firstValue("Idempotency-Replayed")).as("the telephony platform's retry").hasValue("true");
        assertThat(count("select count(*) from follow_up_attempt where follow_up_id = ?", id)).as("one attempt recorded").isOne();
        assertThat(busy.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("follow-ups/" + id));
        assertThat(((Number) sheet.get("failedAttempts")).intValue()).isOne();
        List<Object> attempts = list(sheet.get("attempts"));
        assertThat(attempts).hasSize(1);
        assertThat(map(attempts.get(0))).containsEntry("outcome", "BUSY").containsEntry("note", "占线").containsEntry("agent", "agent");
        Map<String, Object> row = map(sheet.get("followUp"));
        assertThat(row.get("status")).isEqualTo("OPEN");
        assertThat(instant(row.get("readyAt"))).as("retried later, not now").isAfter(java.time.Instant.now());

        ok(post("follow-ups/" + id + "/reservation", "agent", null), 200);
        assertThat(map(ok(post("follow-ups/" + id + "/attempts", "agent", "{\"outcome\":\"REFUSED\"}"), 201).get("followUp"))
                .get("status")).isEqualTo("REFUSED");
        assertThat(post("follow-ups/" + id + "/attempts", "agent", "{\"outcome\":\"BUSY\"}").statusCode())
                .as("a refused follow-up takes no more attempts").isEqualTo(409);
    }

    @Test
    void aReachedCustomersSurveyIsRecordedAndAnUnsatisfiedOneOpensTheProvidersItem() throws Exception {
        Map<String, Object> template = ok(get("follow-ups/survey-template", "agent"), 200);
        List<Object> questions = list(template.get("questions"));
        assertThat(questions).isNotEmpty();
        List<Long> ids = headOfTheQueue(2);
        long satisfied = ids.get(0);
        long unsatisfied = ids.get(1);

        ok(post("follow-ups/" + satisfied + "/reservation", "agent", null), 200);
        HttpResponse<String> nothing = post("follow-ups/" + satisfied + "/survey", "agent", "{\"answers\":[]}");
        assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(400);
        assertThat(fields(nothing)).as("the required question left out is named").isNotEmpty();

        Map<String, Object> result = ok(post("follow-ups/" + satisfied + "/survey", "agent",
                "{\"answers\":" + answers(questions, 5) + ",\"comment\":\"很满意\"}"), 201);
        assertThat(result).containsEntry("satisfied", true);
        assertThat(((Number) result.get("overall")).intValue()).isEqualTo(5);
        Map<String, Object> done = map(ok(get("follow-ups/" + satisfied, "agent"), 200).get("followUp"));
        assertThat(done).containsEntry("status", "DONE").containsEntry("satisfied", true);
        assertThat(count("select count(*) from unsatisfied_item where follow_up_id = ?", satisfied)).isZero();

        ok(post("follow-ups/" + unsatisfied + "/reservation", "agent", null), 200);
        assertThat(ok(post("follow-ups/" + unsatisfied + "/survey", "agent",
                "{\"answers\":" + answers(questions, 2) + ",\"comment\":\"安装师傅迟到\"}"), 201)).containsEntry("satisfied", false);
        assertThat(count("select count(*) from unsatisfied_item where follow_up_id = ? and provider_id = 1", unsatisfied))
                .as("the provider's item with its reply deadline").isOne();
    }

    @Test
    void theQueueIsTheCallCentresAlone() throws Exception {
        long id = headOfTheQueue(1).get(0);
        for (String user : List.of("dealer", "provider", "info", "manager")) {
            assertThat(get("follow-ups", user).statusCode()).as(user).isEqualTo(403);
            assertThat(post("follow-ups/next", user, null).statusCode()).as(user).isEqualTo(403);
            assertThat(get("follow-ups/" + id, user).statusCode()).as(user).isEqualTo(403);
        }
        Map<String, Object> page = ok(get("follow-ups?q=" + id + "&max=5", "agent"), 200);
        assertThat(list(page.get("rows"))).extracting(row -> ((Number) map(row).get("id")).longValue()).contains(id);
        assertField(get("follow-ups?status=LATER", "agent"), "status");
        assertField(get("follow-ups?max=500", "agent"), "max");
        ok(post("follow-ups/" + id + "/reservation", "admin", null), 200);
        ok(post("follow-ups/" + id + "/attempts", "admin", "{\"outcome\":\"REFUSED\"}"), 201);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private HttpResponse<String> delete(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postWithKey(String path, String user, String body, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void assertField(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(400);
        assertThat(fields(response)).as(response.body()).containsExactly(field);
    }

    /** The fields an error answer names. */
    private List<Object> fields(HttpResponse<String> response) {
        return list(body(response).get("errors")).stream().map(error -> map(error).get("field")).toList();
    }

    /** Answers to every question: the overall score given, the others as an agent would enter them. */
    private static String answers(List<Object> questions, int overall) {
        StringJoiner answers = new StringJoiner(",", "[", "]");
        for (Object question : questions) {
            Map<String, Object> q = map(question);
            String value = switch ((String) q.get("kind")) {
                case "SCALE" -> Boolean.TRUE.equals(q.get("overall")) ? String.valueOf(overall) : "4";
                case "YES_NO" -> "true";
                case "CHOICE" -> "0";
                default -> "";
            };
            answers.add("{\"questionId\":" + ((Number) q.get("id")).longValue() + ",\"value\":\"" + value + "\"}");
        }
        return answers.toString();
    }

    private static long followUpId(Map<String, Object> sheet) {
        return ((Number) map(sheet.get("followUp")).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /**
     * Follow-ups at the very head of the queue (due in 2000, before any other test's), on the first demo customer,
     * callable now: the queue hands them out first, in this order.
     */
    private static List<Long> headOfTheQueue(int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = database()) {
            for (int i = 0; i < n; i++) {
                try (PreparedStatement insert = db.prepareStatement("""
                        insert into follow_up (kind, source_key, customer_id, provider_id, created_at, due_from, due_at,
                                               window_policy_id, priority, status, ready_at)
                        values ('INSTALLATION', ?, (select min(id) from customer where merged_into_id is null), 1, now(),
                                timestamptz '2000-01-01', timestamptz '2000-01-08' + ? * interval '1 minute',
                                (select id from policy_value where policy_key = 'followup.call-window.installation'
                                 order by id limit 1), 3, 'OPEN', now() - interval '1 minute')
                        returning id""")) {
                    insert.setString(1, "API-IT:" + i + ":" + System.nanoTime());
                    insert.setInt(2, i);
                    try (ResultSet row = insert.executeQuery()) {
                        row.next();
                        ids.add(row.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static String claimedBy(long id) throws Exception {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("select claimed_by from follow_up where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static long count(String sql, long id) throws Exception {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getProperty("crm.it.jdbc-url"),
                System.getProperty("crm.it.jdbc-user"), System.getProperty("crm.it.jdbc-password"));
    }
}
