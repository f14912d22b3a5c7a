package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The administrator's user list and its dialog. */
final class UsersPage extends PortalPage {

    UsersPage(Browser browser) {
        super(browser);
    }

    static UsersPage open(Browser browser) {
        browser.open("admin/users.xhtml");
        return new UsersPage(browser);
    }

    UsersPage startNew() {
        browser.find(By.id("list:new")).click();
        browser.waitForPage();
        browser.find(By.id("userForm:username"));
        return this;
    }

    UsersPage fill(String username, String displayName, String password) {
        browser.find(By.id("userForm:username")).sendKeys(username);
        browser.find(By.id("userForm:displayName")).sendKeys(displayName);
        return password(password);
    }

    /** Passwords are never sent back to the browser: after a refused save the field is empty again. */
    UsersPage password(String password) {
        WebElement field = browser.find(By.cssSelector("#userForm\\:initialPassword, #userForm\\:initialPassword input"));
        field.clear();
        field.sendKeys(password);
        return this;
    }

    /** Ticks a role's checkbox by its label. */
    UsersPage tickRole(String label) {
        WebElement checkbox = browser.find(By.xpath("//*[@id='userForm:roles']//label[normalize-space()='" + label + "']"));
        checkbox.click();
        browser.waitForPage();
        return this;
    }

    /** Picks the dealer whose label contains the text, through the widget's own API (no racing its animation). */
    UsersPage chooseDealer(String optionText) {
        // The hidden select, not the panel's items: PrimeFaces 15 renders those on the client only when first shown.
        String value = browser.driver.findElement(By.xpath(
                "//select[@id='userForm:dealerId_input']/option[contains(., '" + optionText + "')]")).getAttribute("value");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("PF('dealerMenu').selectValue(arguments[0]);", value);
        browser.waitForPage();
        return this;
    }

    UsersPage save() {
        browser.find(By.id("userForm:save")).click();
        browser.waitForPage();
        return this;
    }

    String dialogMessages() {
        return browser.find(By.id("userForm:formMessages")).getText();
    }

    boolean dialogClosed() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("userDialog")));
    }

    UsersPage filter(String text) {
        Widgets.filterTable(browser, "list:filter", "list:users", text);
        return this;
    }

    String tableText() {
        return browser.find(By.id("list:users")).getText();
    }
}
