package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The provider's own scorecard (我的考核): months, quarters, reward, and the lines of the month shown. */
final class ScorecardPage extends PortalPage {

    ScorecardPage(Browser browser) {
        super(browser);
    }

    static ScorecardPage open(Browser browser) {
        browser.open("provider/scorecard.xhtml");
        return new ScorecardPage(browser);
    }

    String months() {
        return browser.find(By.id("card:scoreMonths")).getText();
    }

    String quarters() {
        return browser.find(By.id("card:quarters")).getText();
    }

    String lines() {
        return browser.find(By.id("card:lines")).getText();
    }
}
