package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** PrimeFaces widgets driven the robust way: select menus through their widget API (their items render lazily). */
final class Widgets {

    /** Picks the option whose label contains the text, and fires the change the way a user's pick does. */
    static void choose(Browser browser, String componentId, String labelContains) {
        String value = browser.present(By.xpath("//select[@id='" + componentId + "_input']/option[contains(., '" + labelContains + "')]"))
                .getAttribute("value");
        ((JavascriptExecutor) browser.driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]); "
                + "w.selectValue(arguments[1]); w.input.val(arguments[1]).trigger('change');", componentId, value);
        browser.waitForPage();
    }

    static void type(Browser browser, String id, String text) {
        var field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private Widgets() {
    }
}
