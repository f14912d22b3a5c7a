package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The provider's unsatisfied customers (回访不满意跟进). */
final class FollowUpItemsPage extends PortalPage {

    FollowUpItemsPage(Browser browser) {
        super(browser);
    }

    static FollowUpItemsPage open(Browser browser) {
        browser.open("provider/follow-up-items.xhtml");
        return new FollowUpItemsPage(browser);
    }

    String table() {
        return browser.find(By.id("items:table")).getText();
    }

    FollowUpItemsPage reply(String customerName, String handling, String result) {
        browser.find(By.xpath("//tr[contains(@class, 'crm-item-row') and contains(., '" + customerName + "')]"
                + "//button[contains(@id, ':open')]")).click();
        browser.waitForPage();
        browser.find(By.id("itemForm:handling")).sendKeys(handling);
        browser.find(By.id("itemForm:result")).sendKeys(result);
        browser.find(By.id("itemForm:send")).click();
        browser.waitForPage();
        return this;
    }

    String messages() {
        return browser.find(By.id("items:messages")).getText();
    }
}
