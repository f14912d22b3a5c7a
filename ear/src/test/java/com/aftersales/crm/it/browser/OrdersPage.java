package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The provider's dispatch orders. */
final class OrdersPage extends PortalPage {

    OrdersPage(Browser browser) {
        super(browser);
    }

    static OrdersPage open(Browser browser) {
        browser.open("provider/orders.xhtml");
        return new OrdersPage(browser);
    }

    /** The on-site (上门) deadline badge of the case's order, beside its case badge. */
    String onSiteBadge(long caseId) {
        return browser.find(By.xpath("//tr[.//a[contains(@class, 'crm-case-link') and normalize-space(.)='" + caseId + "']]"
                + "//td[contains(@class, 'crm-onsite-sla')]")).getText();
    }

    /** The case badge of the case's order (the nearest running clock). */
    String caseBadge(long caseId) {
        return browser.find(By.xpath("//tr[.//a[contains(@class, 'crm-case-link') and normalize-space(.)='" + caseId + "']]"
                + "//td[not(contains(@class, 'crm-onsite-sla'))]//*[contains(@class, 'crm-sla')]")).getText();
    }

    String table() {
        return browser.find(By.id("orders:table")).getText();
    }

    private OrdersPage click(long caseId, String buttonId) {
        browser.find(By.xpath("//tr[.//a[contains(@class, 'crm-case-link') and normalize-space(.)='" + caseId + "']]"
                + "//button[contains(@id, ':" + buttonId + "')]")).click();
        browser.waitForPage();
        return this;
    }

    OrdersPage accept(long caseId) {
        return click(caseId, "accept");
    }

    OrdersPage schedule(long caseId) {
        click(caseId, "schedule");
        browser.find(By.id("scheduleForm:confirm")).click();
        browser.waitForPage();
        return this;
    }

    OrdersPage arrive(long caseId) {
        return click(caseId, "arrive");
    }

    OrdersPage complete(long caseId) {
        return click(caseId, "complete");
    }

    OrdersPage returnOrder(long caseId, String opinionLabel, String handling, String materials) {
        click(caseId, "return");
        browser.find(By.xpath("//*[@id='returnForm:customerOpinion']//label[contains(., '" + opinionLabel + "')]")).click();
        browser.find(By.id("returnForm:handling")).sendKeys(handling);
        browser.find(By.id("returnForm:materials")).sendKeys(materials);
        browser.find(By.id("returnForm:submitReturn")).click();
        browser.waitForPage();
        return this;
    }

    String messages() {
        return browser.find(By.id("orders:messages")).getText();
    }
}
