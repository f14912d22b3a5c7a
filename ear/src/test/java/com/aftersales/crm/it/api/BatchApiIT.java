package com.aftersales.crm.it.api;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.it.api.JsonValues.map;
import static com.aftersales.crm.it.api.JsonValues.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch view over REST, from outside, as the demo users, on the demo data's batch with the quality problem (three
 * complaints in the last ten days naming it, more than 3% of it affected): listed and flagged over threshold, read
 * alone by product code and batch, refused to dealers, a malformed period a 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class BatchApiIT extends DemoUserApi {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }

    @Test
    void theBatchOverThresholdIsListedFlaggedAndReadAlone() throws Exception {
        Map<String, Object> page = ok(get("batches?max=50", "info"), 200);
        List<Map<String, Object>> batches = rows(page.get("rows"));
        assertThat(((Number) page.get("total")).longValue()).isGreaterThanOrEqualTo(batches.size());
        Map<String, Object> bad = batches.stream().filter(b -> Boolean.TRUE.equals(b.get("overThreshold")))
                .findFirst().orElseThrow(() -> new AssertionError("no batch over threshold in " + batches));
        assertThat(((Number) bad.get("complaints")).intValue()).isGreaterThanOrEqualTo(3);
        BigDecimal installed = decimal(bad.get("installedM2"));
        BigDecimal affected = decimal(bad.get("affectedM2"));
        assertThat(decimal(bad.get("ratePercent")))
                .isEqualByComparingTo(affected.multiply(BigDecimal.valueOf(100)).divide(installed, 2, java.math.RoundingMode.HALF_UP));
        // highest defect rate first
        List<BigDecimal> rates = batches.stream().map(b -> b.get("ratePercent")).filter(r -> r != null)
                .map(BatchApiIT::decimal).toList();
        assertThat(rates).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Map<String, Object> one = ok(get("batches/" + bad.get("productCode") + "/"
                + URLEncoder.encode(bad.get("batchNo").toString(), StandardCharsets.UTF_8), "supervisor"), 200);
        assertThat(one.get("batchNo")).isEqualTo(bad.get("batchNo"));
        assertThat(one.get("complaints")).isEqualTo(bad.get("complaints"));
        assertThat(one.get("overThreshold")).isEqualTo(true);

        Map<String, Object> filtered = ok(get("batches?batch=" + bad.get("batchNo"), "admin"), 200);
        assertThat(rows(filtered.get("rows"))).extracting(b -> b.get("batchNo")).contains(bad.get("batchNo"));

        ok(get("batches/alerts?all=true", "info"), 200);
    }

    @Test
    void dealersAndAgentsMayNotAndAMalformedPeriodOrAnUnknownProductIsSaid() throws Exception {
        assertThat(get("batches", "dealer").statusCode()).isEqualTo(403);
        assertThat(get("batches", "agent").statusCode()).isEqualTo(403);
        assertThat(get("batches/BZB-XZMD-910/20261105A", "provider").statusCode()).isEqualTo(403);

        HttpResponse<String> bad = get("batches?from=2026-13-01", "info");
        assertThat(bad.statusCode()).isEqualTo(400);
        Map<String, Object> error = json.toType(bad.body(), Json.MAP_TYPE);
        assertThat(rows(error.get("fields"))).extracting(f -> f.get("field")).containsExactly("from");

        HttpResponse<String> reversed = get("batches?from=2026-11-10&to=2026-11-01", "info");
        assertThat(reversed.statusCode()).isEqualTo(400);

        assertThat(get("batches/NO-SUCH-PRODUCT/20261105A", "info").statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = get("batches/BZB-XZMD-910/-7A", "info");
        assertThat(malformed.statusCode()).isEqualTo(400);
        Map<String, Object> field = rows(map(json.toType(malformed.body(), Json.MAP_TYPE)).get("fields")).get(0);
        assertThat(field.get("field")).isEqualTo("batchNo");
        assertThat(field.get("message").toString()).contains("字母");
    }
}
