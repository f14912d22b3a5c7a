package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The provider's home page (/provider/index): its notices and its workload. */
final class ProviderHomePage extends PortalPage {

    ProviderHomePage(Browser browser) {
        super(browser);
    }

    static ProviderHomePage open(Browser browser) {
        browser.open("provider/index.xhtml");
        return new ProviderHomePage(browser);
    }

    /** The suspension notices shown, one text each. */
    List<String> suspensionNotices() {
        browser.find(By.id("welcome"));
        return browser.driver.findElements(By.cssSelector(".crm-suspension-notice")).stream().map(WebElement::getText).toList();
    }
}
