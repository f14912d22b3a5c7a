package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The intake screen, as a telephony system pops it with the caller's number. */
final class CallPage extends PortalPage {

    CallPage(Browser browser) {
        super(browser);
    }

    static CallPage pop(Browser browser, String phone) {
        browser.open("agent/call.xhtml?phone=" + phone);
        return new CallPage(browser);
    }

    String matches() {
        return browser.find(By.id("matches")).getText();
    }

    CallPage choose(String customerName) {
        browser.find(By.xpath("//tr[contains(., '" + customerName + "')]//a[contains(@class, 'crm-choose')]")).click();
        browser.waitForPage();
        return this;
    }

    String chosenCustomer() {
        return browser.find(By.id("call:customerName")).getText();
    }

    CallPage type(String label) {
        browser.find(By.xpath("//*[@id='call:type']//div[contains(@class, 'ui-button') and contains(., '" + label + "')]")).click();
        browser.waitForPage();
        return this;
    }

    CallPage severity(String label) {
        browser.find(By.xpath("//*[@id='call:severity']//div[contains(@class, 'ui-button') and contains(., '" + label + "')]")).click();
        return this;
    }

    CallPage words(String text) {
        browser.find(By.id("call:customerWords")).sendKeys(text);
        return this;
    }

    CasePage open() {
        browser.find(By.id("call:open")).click();
        browser.waitForPage();
        return new CasePage(browser);
    }

    /** Clicks "open" expecting a refusal on the form; returns the form's messages. */
    String openRefused() {
        browser.find(By.id("call:open")).click();
        browser.waitForPage();
        return browser.find(By.id("call:messages")).getText();
    }

    void chooseValue(String componentId, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]); "
                + "w.selectValue(arguments[1]); w.input.val(arguments[1]).trigger('change');", componentId, value);
        browser.waitForPage();
    }
}
