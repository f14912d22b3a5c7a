package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The customer 360 view. */
final class Customer360Page extends PortalPage {

    Customer360Page(Browser browser) {
        super(browser);
    }

    static Customer360Page open(Browser browser, long id) {
        browser.open("customers/view.xhtml?id=" + id);
        return new Customer360Page(browser);
    }

    long customerId() {
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }

    String record() {
        return browser.find(By.id("record")).getText();
    }

    String installations() {
        return browser.find(By.id("installations")).getText();
    }

    String warrantyBadges() {
        return browser.driver.findElements(By.cssSelector(".crm-warranty")).stream().map(e -> e.getText()).reduce("", (a, b) -> a + b + ";");
    }

    String timeline() {
        return browser.find(By.id("timeline")).getText();
    }

    InstallationPage addInstallation() {
        browser.find(By.id("actions:addInstallation")).click();
        browser.waitForPage();
        return new InstallationPage(browser);
    }
}
