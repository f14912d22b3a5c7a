package com.aftersales.crm.it.api;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static com.aftersales.crm.it.api.JsonValues.id;
import static com.aftersales.crm.it.api.JsonValues.map;

/**
 * The data the case tests record over REST, each its own: a Beijing customer of dealer D-BJ-001 (id 1) whose floor
 * provider P-BJ-001 (id 1) laid, with technicians 1 SENIOR, 2 INTERMEDIATE, 3 JUNIOR, 4 TRAINEE in the demo data; a
 * complaint on it; an order to the provider.
 */
abstract class CaseScenarios extends DemoUserApi {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final long DEALER_BJ = 1;
    static final long PROVIDER_BJ = 1;
    static final long SENIOR_BJ = 1;
    static final long JUNIOR_BJ = 3;
    /** One sequence for every test class of the run: no two customers share a phone or a warranty card. */
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    long customer(boolean suburban) throws Exception {
        long n = SEQUENCE.incrementAndGet();
        String mobile = "137" + String.format("%08d", n % 100_000_000);
        Map<String, Object> created = ok(post("customers", "agent", "{\"name\":\"钱" + (suburban ? "郊" : "城") + "\","
                + "\"customerClass\":\"NEW\",\"regionCode\":\"" + (suburban ? "110114" : "110105") + "\",\"street\":\"安立路"
                + n % 300 + "号\",\"suburban\":" + suburban + ",\"phones\":[\"" + mobile + "\"]}"), 201);
        long customerId = id(map(created.get("customer")).get("id"));
        expect(post("customers/" + customerId + "/installations", "agent", "{\"dealerId\":" + DEALER_BJ + ",\"providerId\":"
                + PROVIDER_BJ + ",\"technicianIds\":[" + SENIOR_BJ + "],\"method\":\"FLOATING\",\"installedOn\":\""
                + LocalDate.now(CHINA).minusMonths(2) + "\",\"warrantyCardNo\":\"BXKCASE" + n + "\","
                + "\"lines\":[{\"productId\":3,\"quantityM2\":42,\"unitPrice\":298}]}"), 201);
        return customerId;
    }

    HttpResponse<String> openCase(long customerId, String type, String extra) throws Exception {
        return post("cases", "agent", "{\"customerId\":" + customerId + ",\"channel\":\"HOTLINE\",\"type\":\"" + type
                + "\",\"severity\":\"NORMAL\",\"callerPhone\":\"13912345678\","
                + "\"customerWords\":\"客厅地板起拱，靠近阳台的几块翘起来了\"" + extra + "}");
    }

    long complaint(long customerId) throws Exception {
        return id(ok(openCase(customerId, "COMPLAINT", ""), 201).get("id"));
    }

    Map<String, Object> serviceCase(long caseId) throws Exception {
        return map(ok(get("cases/" + caseId, "agent"), 200).get("case"));
    }

    static String dispatchDraft(long providerId, LocalDateTime visit, long... technicians) {
        StringBuilder ids = new StringBuilder();
        for (long technician : technicians) {
            ids.append(ids.isEmpty() ? "" : ",").append(technician);
        }
        return "{\"providerId\":" + providerId + ",\"technicianIds\":[" + ids + "],\"agreedVisitAt\":\"" + visit
                + "\",\"instructions\":\"带好防潮膜\"}";
    }

    static LocalDateTime inThreeHours() {
        return LocalDateTime.now(CHINA).plusHours(3).truncatedTo(ChronoUnit.MINUTES);
    }

    long dispatched(long caseId) throws Exception {
        return id(ok(post("cases/" + caseId + "/dispatch-orders", "agent",
                dispatchDraft(PROVIDER_BJ, inThreeHours(), SENIOR_BJ)), 201).get("id"));
    }
}
