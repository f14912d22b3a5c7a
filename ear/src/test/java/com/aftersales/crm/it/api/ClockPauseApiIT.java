package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.it.api.JsonValues.id;
import static com.aftersales.crm.it.api.JsonValues.map;
import static com.aftersales.crm.it.api.JsonValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 停表 over REST, from outside, as the demo users: pause with a reason of the policy list, resume, a supervisor's
 * rejection, the refusals and who may do what. Each test opens its own case for a demo customer of provider P-BJ-001.
 */
@ExtendWith(ArquillianExtension.class)
class ClockPauseApiIT extends DemoUserApi {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A repair case for the first demo customer of P-BJ-001 whose installation the agent finds by its provider. */
    private long repairCase() throws Exception {
        Map<String, Object> page = ok(get("cases?stage=ALL&providerId=1&max=1", "agent"), 200);
        long customerId = id(rows(page.get("rows")).get(0).get("customerId"));
        return id(ok(post("cases", "agent", "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\",\"type\":\"REPAIR\","
                + "\"severity\":\"NORMAL\",\"customerWords\":\"厨房门口地板鼓包\"}"), 201).get("id"));
    }

    private static String pauseBody(String reason, String recordingId) {
        return "{\"reason\":\"" + reason + "\",\"note\":\"客户出差，约下周再上门\""
                + (recordingId == null ? "" : ",\"recordingId\":\"" + recordingId + "\"") + "}";
    }

    @Test
    void anAgentPausesAndResumesAndASupervisorRejectsWhichRestoresTheDeadline() throws Exception {
        long caseId = repairCase();
        String clocks = "cases/" + caseId + "/clocks";
        Map<String, Object> before = ok(get(clocks, "agent"), 200);
        assertThat(rows(before.get("pauses"))).isEmpty();
        assertThat(rows(before.get("reasons"))).anySatisfy(reason -> {
            assertThat(reason.get("code")).isEqualTo("MAKER_PARTS");
            assertThat(reason.get("party")).isEqualTo("MAKER");
            assertThat(reason.get("evidenceRequired")).isEqualTo(true);
        });
        Instant due = instant(before.get("onSiteDue"));

        HttpResponse<String> paused = post(clocks + "/ON_SITE/pauses", "agent", pauseBody("CUSTOMER_LATER_DATE", "REC-7731"));
        long pauseId = id(ok(paused, 201).get("id"));
        Map<String, Object> life = ok(get(clocks, "agent"), 200);
        assertThat(rows(life.get("pauses"))).singleElement().satisfies(p -> {
            assertThat(p.get("state")).isEqualTo("PAUSED");
            assertThat(p.get("party")).isEqualTo("CUSTOMER");
            assertThat(p.get("recordingId")).isEqualTo("REC-7731");
            assertThat(p.get("pausedBy")).isEqualTo("agent");
        });

        Map<String, Object> resumed = ok(post(clocks + "/ON_SITE/resume", "agent", null), 200);
        assertThat(rows(resumed.get("pauses")).get(0).get("state")).isEqualTo("RESUMED");
        assertThat(instant(resumed.get("onSiteDue"))).isAfterOrEqualTo(due);

        expect(post(clocks + "/ON_SITE/pauses/" + pauseId + "/reject", "agent", "{\"reason\":\"无录音\"}"), 403);
        expect(post(clocks + "/ON_SITE/pauses/" + pauseId + "/reject", "supervisor", "{}"), 400);
        Map<String, Object> rejected = ok(post(clocks + "/ON_SITE/pauses/" + pauseId + "/reject", "supervisor",
                "{\"reason\":\"录音里客户并未要求改期\"}"), 200);
        assertThat(rows(rejected.get("pauses")).get(0)).satisfies(p -> {
            assertThat(p.get("state")).isEqualTo("REJECTED");
            assertThat(p.get("rejectedBy")).isEqualTo("supervisor");
        });
        assertThat(instant(rejected.get("onSiteDue"))).isEqualTo(due);
        expect(post(clocks + "/FIRST_REPLY/pauses/" + pauseId + "/reject", "supervisor", "{\"reason\":\"x\"}"), 404);
        List<Object> actions = rows(ok(get("cases/" + caseId, "agent"), 200).get("history")).stream()
                .map(entry -> entry.get("action")).toList();
        assertThat(actions).contains("CLOCK_PAUSED", "CLOCK_RESUMED", "PAUSE_REJECTED");
    }

    @Test
    void aPauseIsRefusedWithoutTheEvidenceItsReasonAsksForOrForAnUnknownClockAndOnlyTheCasesOwnPeopleMayPause() throws Exception {
        long caseId = repairCase();
        String clocks = "cases/" + caseId + "/clocks";

        HttpResponse<String> noEvidence = post(clocks + "/ON_SITE/pauses", "agent", pauseBody("MAKER_PARTS", null));
        expect(noEvidence, 400);
        assertThat(rows(ok(noEvidence, 400).get("fields"))).extracting(field -> field.get("field")).containsExactly("recordingId");
        expect(post(clocks + "/LUNCH/pauses", "agent", pauseBody("DEALER_GOODS", null)), 400);
        expect(post(clocks + "/ON_SITE/pauses", "agent", null), 400);
        expect(get(clocks, "provider2"), 404);
        expect(post(clocks + "/ON_SITE/pauses", "provider2", pauseBody("DEALER_GOODS", null)), 404);
        expect(post(clocks + "/ON_SITE/pauses", "manager", pauseBody("DEALER_GOODS", null)), 403);

        expect(post(clocks + "/FIRST_REPLY/pauses", "provider", pauseBody("DEALER_GOODS", null)), 201);
        expect(post(clocks + "/FIRST_REPLY/pauses", "agent", pauseBody("DEALER_GOODS", null)), 400);
        expect(post(clocks + "/ON_SITE/resume", "agent", null), 400);
    }

    @Test
    void aPhotoInBase64IsEvidenceEnoughAndAFileThatIsNoPictureIsRefusedOnThePhotoField() throws Exception {
        long caseId = repairCase();
        String clocks = "cases/" + caseId + "/clocks";
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> notAPicture = post(clocks + "/ON_SITE/pauses", "agent", "{\"reason\":\"MAKER_PARTS\","
                + "\"note\":\"配件未到\",\"photo\":\"" + pdf + "\",\"photoName\":\"到货单.pdf\"}");
        assertThat(rows(ok(notAPicture, 400).get("fields"))).extracting(field -> field.get("field")).containsExactly("photo");

        String photo = Base64.getEncoder().encodeToString(png.toByteArray());
        expect(post(clocks + "/ON_SITE/pauses", "agent", "{\"reason\":\"MAKER_PARTS\",\"note\":\"配件未到\","
                + "\"photo\":\"" + photo + "\",\"photoName\":\"到货单.png\"}"), 201);
        assertThat(rows(ok(get(clocks, "agent"), 200).get("pauses"))).singleElement().satisfies(p -> {
            assertThat(p.get("photo")).isEqualTo(true);
            assertThat(p.get("recordingId")).isNull();
        });
    }
}
