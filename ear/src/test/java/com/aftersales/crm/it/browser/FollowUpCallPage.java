package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The agents' follow-up queue and the call screen "next call" opens. */
final class FollowUpCallPage extends PortalPage {

    FollowUpCallPage(Browser browser) {
        super(browser);
    }

    /** Opens the queue and presses "next call": the call screen of the follow-up the agent now holds. */
    static FollowUpCallPage nextCall(Browser browser) {
        browser.open("agent/follow-ups.xhtml");
        browser.find(By.id("queue:nextCall")).click();
        browser.waitForPage();
        browser.find(By.id("reason"));
        return new FollowUpCallPage(browser);
    }

    /** The call screen of one follow-up, opened by its number (as from the supervisor's list). */
    static FollowUpCallPage open(Browser browser, long followUpId) {
        browser.open("agent/follow-up.xhtml?id=" + followUpId);
        return new FollowUpCallPage(browser);
    }

    /** The HTTP status the page was answered with. */
    int status() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;")).intValue();
    }

    /** The timeline entries shown on the customer card. */
    int timelineEntries() {
        return browser.driver.findElements(By.cssSelector("#call\\:customerCard .crm-timeline-entry")).size();
    }

    String reason() {
        return browser.find(By.id("reason")).getText();
    }

    String customerCard() {
        return browser.find(By.id("call:customerCard")).getText();
    }

    String script() {
        return browser.find(By.id("script")).getText();
    }

    String recallReply() {
        return browser.find(By.id("call:recallReply")).getText();
    }

    /** Answers every question of the card: yes to the yes/no ones, 4 to the scales, the overall score given. */
    FollowUpCallPage answer(int overall, String comment) {
        for (var question : browser.driver.findElements(By.cssSelector(".crm-question"))) {
            boolean isOverall = question.getText().contains("总体满意度");
            var yes = question.findElements(By.xpath(".//div[contains(@class, 'ui-button') and normalize-space(.)='是']"));
            var scale = question.findElements(By.xpath(".//div[contains(@class, 'ui-button') and normalize-space(.)='"
                    + (isOverall ? overall : 4) + "']"));
            var text = question.findElements(By.tagName("textarea"));
            if (!yes.isEmpty()) {
                yes.get(0).click();
            } else if (!scale.isEmpty()) {
                scale.get(0).click();
            } else if (!text.isEmpty()) {
                text.get(0).sendKeys(comment);
            }
        }
        return this;
    }

    FollowUpCallPage save() {
        browser.find(By.id("call:saveSurvey")).click();
        browser.waitForPage();
        return this;
    }

    String messages() {
        return browser.find(By.id("call:messages")).getText();
    }
}
