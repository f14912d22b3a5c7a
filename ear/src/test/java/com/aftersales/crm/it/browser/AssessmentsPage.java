package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The supervisor's monthly assessment (服务商月度考核): compute a month, pick a provider, enter an item. */
final class AssessmentsPage extends PortalPage {

    AssessmentsPage(Browser browser) {
        super(browser);
    }

    static AssessmentsPage open(Browser browser) {
        browser.open("supervisor/assessments.xhtml");
        return new AssessmentsPage(browser);
    }

    AssessmentsPage compute() {
        browser.find(By.id("assess:compute")).click();
        browser.waitForPage();
        browser.waitForText(By.id("assess:messages"), "已计算");
        return this;
    }

    AssessmentsPage pick(String providerCode) {
        browser.find(By.xpath("//tr[contains(@class, 'crm-assessment-row') and contains(., '" + providerCode + "')]"
                + "//button[contains(@id, ':pick')]")).click();
        browser.waitForPage();
        return this;
    }

    /** The regional manager's evaluation (the item selected first). */
    AssessmentsPage enterEvaluation(String points, String note) {
        browser.find(By.id("assess:points")).sendKeys(points);
        browser.find(By.id("assess:note")).sendKeys(note);
        browser.find(By.id("assess:enter")).click();
        browser.waitForPage();
        return this;
    }

    /** Clicks the item type that is selected, as a user trying to clear it would. */
    AssessmentsPage clickSelectedKind() {
        browser.find(By.cssSelector("#assess\\:kind .ui-button.ui-state-active")).click();
        browser.waitForPage();
        return this;
    }

    /** The item type shown as selected, or empty when none is. */
    String selectedKind() {
        var active = browser.driver.findElements(By.cssSelector("#assess\\:kind .ui-button.ui-state-active"));
        return active.isEmpty() ? "" : active.get(0).getText();
    }

    /** The yearly rewards' Excel export link. */
    String rewardExportLink() {
        return browser.find(By.cssSelector("a.crm-export[href*='rewards.xlsx']")).getAttribute("href");
    }

    String messages() {
        return browser.find(By.id("assess:messages")).getText();
    }

    String lines() {
        return browser.find(By.id("assess:lines")).getText();
    }
}
