package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The clocks' life on a case page (停表): where each clock stands, the pause form, the list of pauses. */
final class CaseClocksPanel {

    private final Browser browser;

    CaseClocksPanel(Browser browser) {
        this.browser = browser;
    }

    /** Where the clock stands: running, paused since … and why, or stopped (clock: FIRST_REPLY or ON_SITE). */
    String state(String clock) {
        return browser.find(By.cssSelector("#pauseForm .crm-clock-" + clock)).getText();
    }

    /** Pauses the clock (by its label, 上门时限 …) for the reason (by its label), with the note and recording id. */
    CaseClocksPanel pause(String clockLabel, String reasonLabel, String note, String recordingId) {
        Widgets.choose(browser, "pauseForm:clock", clockLabel);
        Widgets.choose(browser, "pauseForm:reason", reasonLabel);
        Widgets.type(browser, "pauseForm:note", note);
        Widgets.type(browser, "pauseForm:recordingId", recordingId);
        browser.click(By.id("pauseForm:pause"));
        browser.waitForPage();
        return this;
    }

    CaseClocksPanel resume(String clock) {
        browser.click(By.cssSelector("#pauseForm .crm-resume-" + clock));
        browser.waitForPage();
        return this;
    }

    String pauses() {
        return browser.find(By.id("pauseForm:pauses")).getText();
    }

    String messages() {
        return browser.find(By.id("pauseForm:pauseMessages")).getText();
    }

    /** The on-site deadline the clocks card shows. */
    String onSiteDue() {
        return browser.find(By.id("onSiteDue")).getText();
    }
}
