package com.aftersales.crm.it.browser;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** 停表 in headless Chromium: the agent pauses a clock on the case page with a reason and a note, sees it, resumes it. */
@ExtendWith(ArquillianExtension.class)
class ClockPauseBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** A repair case opened over REST for a customer of provider P-BJ-001 (as the agent). */
    private static long repairCase() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String page = send(http, HttpRequest.newBuilder(URI.create(browser.baseUrl + "api/cases?stage=ALL&providerId=1&max=1")).GET());
        Matcher customer = Pattern.compile("\"customerId\":(\\d+)").matcher(page);
        assertThat(customer.find()).as(page).isTrue();
        String created = send(http, HttpRequest.newBuilder(URI.create(browser.baseUrl + "api/cases"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":" + customer.group(1) + ",\"channel\":\"HOTLINE\","
                        + "\"type\":\"REPAIR\",\"severity\":\"NORMAL\",\"customerWords\":\"阳台门口地板发黑，怀疑进水\"}",
                        StandardCharsets.UTF_8)));
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created);
        assertThat(id.find()).as(created).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static String send(HttpClient http, HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("agent:" + browser.password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + basic)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }

    @Test
    void anAgentPausesAClockWithAReasonAndANoteSeesItPausedAndResumesIt() throws Exception {
        long caseId = repairCase();
        LoginPage.open(browser).loginAs("agent");
        CasePage.open(browser, caseId);
        CaseClocksPanel clocks = new CaseClocksPanel(browser);
        assertThat(clocks.state("ON_SITE")).isEqualTo("计时中");
        assertThat(clocks.pauses()).contains("本案件的时限从未停表");
        String due = clocks.onSiteDue();

        clocks.pause("上门时限", "等待厂家配件", "厂家补发的踢脚线还没到", "");
        assertThat(clocks.messages()).contains("证据", "录音编号");
        assertThat(clocks.state("ON_SITE")).isEqualTo("计时中");

        clocks.pause("上门时限", "客户不在家", "约定上门时客户不在家，已电话改约", "REC-20261204-0931");
        assertThat(clocks.state("ON_SITE")).startsWith("停表中").contains("客户不在家");
        assertThat(clocks.state("FIRST_REPLY")).isEqualTo("计时中");
        assertThat(clocks.pauses()).contains("客户不在家", "客户", "约定上门时客户不在家", "REC-20261204-0931", "停表中", "agent");
        assertThat(new CasePage(browser).history()).contains("时限停表");

        clocks.resume("ON_SITE");
        assertThat(clocks.state("ON_SITE")).isEqualTo("计时中");
        assertThat(clocks.pauses()).contains("已恢复计时", "0 分钟");
        assertThat(clocks.onSiteDue()).as("moved by the paused time (under a minute here)").isGreaterThanOrEqualTo(due);
        assertThat(new CasePage(browser).history()).contains("时限恢复计时", "顺延");
    }

    @Test
    void aPhotoIsTheEvidenceOfAPauseWhoseReasonAsksForItAndTheClocksLifeLinksIt() throws Exception {
        long caseId = repairCase();
        LoginPage.open(browser).loginAs("agent");
        CasePage.open(browser, caseId);
        CaseClocksPanel clocks = new CaseClocksPanel(browser);
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("daohuodan", ".png");
        var image = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", photo.toFile());

        clocks.choosePhoto(photo).pause("上门时限", "等待厂家配件", "厂家补发的踢脚线还没到，附物流单照片", "");

        assertThat(clocks.state("ON_SITE")).startsWith("停表中").contains("等待厂家配件");
        assertThat(clocks.pauses()).contains("厂家补发的踢脚线还没到");
        String url = clocks.photoUrl();
        assertThat(url).contains("/files/pause-photos/");
        assertThat(clocks.fetch(url)).isEqualTo("200 image/png nosniff");
        assertThat(new CasePage(browser).history()).contains("照片");
    }
}
