package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

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

    /** Chooses a photo as the pause's evidence (the upload starts by itself) and waits until the form names it. */
    CaseClocksPanel choosePhoto(Path file) {
        browser.driver.findElement(By.id("pauseForm:photo_input")).sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#pauseForm .crm-pause-photo-chosen"), file.getFileName().toString()));
        browser.waitForPage();
        return this;
    }

    /** The address of the first pause's photo, as the clock's life links it. */
    String photoUrl() {
        return browser.find(By.cssSelector("#pauseForm a.crm-pause-photo")).getAttribute("href");
    }

    /** Fetches an address from within the page (the user's session): status, content type and nosniff header. */
    String fetch(String url) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { "
                        + "done(r.status + ' ' + r.headers.get('content-type') + ' ' + r.headers.get('x-content-type-options')); })"
                        + ".catch(function (e) { done('error ' + e); });", url));
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
