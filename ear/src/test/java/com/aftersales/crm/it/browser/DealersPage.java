package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The administrator's dealer list and its dialog. */
final class DealersPage extends PortalPage {

    DealersPage(Browser browser) {
        super(browser);
    }

    static DealersPage open(Browser browser) {
        browser.open("admin/dealers.xhtml");
        return new DealersPage(browser);
    }

    DealersPage startNew() {
        browser.find(By.id("list:new")).click();
        browser.waitForPage();
        browser.find(By.id("dealerForm:code"));
        return this;
    }

    DealersPage type(String field, String text) {
        WebElement input = browser.find(By.id("dealerForm:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Picks province then city through the select menus' own API (the city list is loaded for the province). */
    DealersPage city(String provinceCode, String cityCode) {
        select("provinceMenu", provinceCode);
        select("cityMenu", cityCode);
        return this;
    }

    /** {@code selectValue} is silent in PrimeFaces 15: the change is triggered too, so the menu's Ajax runs. */
    private void select(String widgetVar, String value) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "var menu = PF(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();", widgetVar, value);
        browser.waitForPage();
    }

    String marketLevel() {
        return browser.find(By.id("dealerForm:marketLevel_label")).getText();
    }

    DealersPage save() {
        browser.find(By.id("dealerForm:save")).click();
        browser.waitForPage();
        return this;
    }

    String dialogMessages() {
        return browser.find(By.id("dealerForm:formMessages")).getText();
    }

    boolean dialogClosed() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("dealerDialog")));
    }

    DealersPage filter(String text) {
        Widgets.filterTable(browser, "list:filter", "list:dealers", text);
        return this;
    }

    String tableText() {
        return browser.find(By.id("list:dealers")).getText();
    }
}
