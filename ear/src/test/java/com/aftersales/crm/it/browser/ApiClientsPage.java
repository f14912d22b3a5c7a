package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The administrator's API clients: the list, the new-client form and the dialog that shows a new key once. */
final class ApiClientsPage extends PortalPage {

    ApiClientsPage(Browser browser) {
        super(browser);
    }

    static ApiClientsPage open(Browser browser) {
        browser.open("admin/api-clients.xhtml");
        return new ApiClientsPage(browser);
    }

    ApiClientsPage name(String name) {
        Widgets.type(browser, "createForm:name", name);
        return this;
    }

    ApiClientsPage role(String label) {
        Widgets.choose(browser, "createForm:role", label);
        return this;
    }

    /** Creates the client; the key dialog opens. */
    ApiClientsPage create() {
        browser.find(By.id("createForm:create")).click();
        browser.waitForPage();
        return this;
    }

    /** The key the dialog shows, once it is shown. */
    String shownKey() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("keyDialog")));
        return browser.find(By.id("keyForm:key")).getAttribute("value");
    }

    String keyDialogText() {
        return browser.find(By.id("keyDialog")).getText();
    }

    /** "I have copied it": the dialog closes and the key is forgotten. */
    ApiClientsPage copied() {
        browser.find(By.id("keyForm:done")).click();
        browser.waitForPage();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("keyDialog")));
        return this;
    }

    private By row(String name) {
        return By.xpath("//tbody[@id='list:clients_data']/tr[.//*[normalize-space()='" + name + "']]");
    }

    String rowText(String name) {
        return browser.find(row(name)).getText();
    }

    ApiClientsPage revoke(String name) {
        browser.driver.findElement(row(name)).findElement(By.cssSelector("button[id$=':revoke']")).click();
        browser.waitForPage();
        browser.waitForText(row(name), "已吊销");
        return this;
    }

    String messages() {
        return browser.find(By.id("list:messages")).getText();
    }
}
