package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** A case list: the service department's, or a dealer's "my customers' complaints". */
final class CaseListPage extends PortalPage {

    CaseListPage(Browser browser) {
        super(browser);
    }

    static CaseListPage open(Browser browser) {
        browser.open("cases/list.xhtml");
        return new CaseListPage(browser);
    }

    CaseListPage find(String text) {
        var box = browser.find(By.id("cases:text"));
        box.clear();
        box.sendKeys(text);
        browser.waitForText(By.id("cases:table"), text);
        browser.waitForPage();
        return this;
    }

    /** The row of a case, as text (status, SLA badge, last action). */
    String row(long caseId) {
        return browser.find(By.xpath("//tr[.//a[contains(@class, 'crm-case-link') and normalize-space(.)='" + caseId + "']]")).getText();
    }

    String table() {
        return browser.find(By.id("cases:table")).getText();
    }
}
