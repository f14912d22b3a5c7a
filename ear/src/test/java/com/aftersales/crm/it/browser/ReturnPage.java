package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** One return request: status, approval progress, the decision form, the history. */
final class ReturnPage extends PortalPage {

    ReturnPage(Browser browser) {
        super(browser);
    }

    static ReturnPage open(Browser browser, long id) {
        browser.open("returns/view.xhtml?id=" + id);
        return new ReturnPage(browser);
    }

    long requestId() {
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }

    String status() {
        return browser.find(By.id("status")).getText();
    }

    String progress() {
        return browser.find(By.id("steps")).getText();
    }

    String freight() {
        return browser.find(By.id("freight")).getText();
    }

    String history() {
        return browser.find(By.id("history")).getText();
    }

    /** Takes a step of the chain (a button of the decision form) with the reason. */
    ReturnPage decide(String button, String reason) {
        Widgets.type(browser, "decisionForm:reason", reason);
        browser.find(By.id("decisionForm:" + button)).click();
        browser.waitForPage();
        return this;
    }

    /** Waits until the decision form says this (it is re-rendered by the refusal's update: read it once it settles). */
    ReturnPage expectDecisionMessage(String text) {
        browser.waitForText(By.id("decisionForm:decisionMessages"), text);
        return this;
    }

    String pageMessages() {
        return browser.find(By.id("messages")).getText();
    }
}
