package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The login page. */
final class LoginPage {

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    static LoginPage open(Browser browser) {
        browser.open("login.xhtml");
        return new LoginPage(browser);
    }

    boolean isShown() {
        return browser.driver.getCurrentUrl().contains("/login.xhtml") && !browser.driver.findElements(By.id("login:username")).isEmpty();
    }

    PortalPage loginAs(String username) {
        return loginAs(username, browser.password);
    }

    PortalPage loginAs(String username, String password) {
        browser.find(By.id("login:username")).clear();
        browser.find(By.id("login:username")).sendKeys(username);
        browser.find(By.cssSelector("#login\\:password, #login\\:password input")).sendKeys(password);
        browser.find(By.id("login:submit")).click();
        browser.waitForPage();
        return new PortalPage(browser);
    }

    String errorText() {
        return browser.find(By.cssSelector("#login\\:messages .ui-messages-error")).getText();
    }

    String title() {
        return browser.driver.getTitle();
    }

    LoginPage switchTo(String linkId) {
        browser.find(By.id("lang:" + linkId)).click();
        browser.waitForPage();
        return this;
    }

    String submitLabel() {
        return browser.find(By.id("login:submit")).getText();
    }
}
