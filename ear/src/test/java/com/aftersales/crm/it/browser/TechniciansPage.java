package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The administrator's technicians of a provider, and the 上岗证年审 dialog opened from a technician's row. */
final class TechniciansPage extends PortalPage {

    TechniciansPage(Browser browser) {
        super(browser);
    }

    static TechniciansPage open(Browser browser, long providerId) {
        browser.open("admin/technicians.xhtml?provider=" + providerId);
        return new TechniciansPage(browser);
    }

    TechniciansPage filter(String text) {
        Widgets.filterTable(browser, "list:filter", "list:technicians", text);
        return this;
    }

    /** Opens the review dialog from the row holding the text (e.g. the certificate number). */
    TechniciansPage startReview(String rowText) {
        browser.click(By.xpath("//tr[contains(., '" + rowText + "')]//button[contains(@id, ':review')]"));
        browser.find(By.id("reviewForm:workScore_input"));
        return this;
    }

    TechniciansPage scores(String work, String exam) {
        browser.type(By.id("reviewForm:workScore_input"), work, Keys.TAB);
        browser.type(By.id("reviewForm:examScore_input"), exam, Keys.TAB);
        return this;
    }

    TechniciansPage record() {
        browser.click(By.id("reviewForm:record"));
        return this;
    }

    /** The dialog's messages once they hold the text (they are replaced by each Ajax answer). */
    String reviewMessagesContaining(String text) {
        browser.waitForText(By.id("reviewForm:reviewMessages"), text);
        return browser.text(By.id("reviewForm:reviewMessages"));
    }

    String history() {
        return browser.text(By.id("reviewForm:history"));
    }
}
