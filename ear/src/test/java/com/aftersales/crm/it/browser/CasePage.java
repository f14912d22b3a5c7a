package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** A service case: its state, SLA badge, orders, history and the actions its state allows. */
final class CasePage extends PortalPage {

    CasePage(Browser browser) {
        super(browser);
    }

    static CasePage open(Browser browser, long caseId) {
        browser.open("cases/view.xhtml?id=" + caseId);
        return new CasePage(browser);
    }

    long caseId() {
        String path = currentPath();
        return Long.parseLong(path.substring(path.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }

    String status() {
        return browser.find(By.id("status")).getText();
    }

    String slaBadge() {
        return browser.find(By.cssSelector(".crm-toolbar .crm-sla")).getText();
    }

    String history() {
        return browser.find(By.id("history")).getText();
    }

    String orders() {
        return browser.find(By.id("ordersForm:orders")).getText();
    }

    String messages() {
        return browser.find(By.id("pageMessages")).getText();
    }

    /** The warranty of the case's installation as the call card shows it. */
    String warranty() {
        return browser.find(By.id("warranty")).getText();
    }

    /** Opens the dispatch dialog as it comes, nothing picked. */
    CasePage openDispatch() {
        browser.find(By.id("actions:dispatch")).click();
        browser.waitForPage();
        browser.find(By.id("dispatchForm:send"));
        return this;
    }

    /** The warranty the dispatch dialog shows. */
    String dispatchWarranty() {
        return browser.find(By.id("dispatchForm:dispatchWarranty")).getText();
    }

    /** Opens the dispatch dialog and picks the provider (by code). */
    CasePage startDispatch(String providerCode) {
        browser.find(By.id("actions:dispatch")).click();
        browser.waitForPage();
        browser.find(By.id("dispatchForm:send"));
        String value = browser.present(By.xpath("//select[@id='dispatchForm:providerId_input']/option[contains(., '" + providerCode + "')]"))
                .getAttribute("value");
        ((JavascriptExecutor) browser.driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]); "
                + "w.selectValue(arguments[1]); w.input.val(arguments[1]).trigger('change');", "dispatchForm:providerId", value);
        browser.waitForPage();
        return this;
    }

    /** Ticks the technician whose label names the certificate level (高级, 初级…). */
    CasePage technician(String level) {
        browser.find(By.xpath("//*[@id='dispatchForm:technicianIds']//label[contains(., '" + level + "')]")).click();
        return this;
    }

    /** Whether the dialog's "repair" box is ticked. */
    boolean repairTicked() {
        return browser.present(By.id("dispatchForm:repair_input")).isSelected();
    }

    /** Whether the "repair" box is locked (PrimeFaces disables its input and greys its box). */
    boolean repairLocked() {
        return !browser.present(By.id("dispatchForm:repair_input")).isEnabled()
                && browser.find(By.cssSelector("#dispatchForm\\:repair .ui-chkbox-box")).getAttribute("class")
                .contains("ui-state-disabled");
    }

    /**
     * Clicks the "repair" box and its label as a user would (on a locked box nothing happens; the browser hands a
     * click on the greyed box to the widget around it).
     */
    CasePage clickRepair() {
        browser.find(By.id("dispatchForm:repair")).click();
        browser.waitForPage();
        browser.find(By.cssSelector("label[for^='dispatchForm:repair']")).click();
        browser.waitForPage();
        return this;
    }

    CasePage send() {
        browser.find(By.id("dispatchForm:send")).click();
        browser.waitForPage();
        return this;
    }

    String dispatchErrors() {
        return browser.find(By.id("dispatchForm:formMessages")).getText();
    }
}
