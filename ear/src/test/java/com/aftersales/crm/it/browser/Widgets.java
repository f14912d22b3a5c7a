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

    /**
     * Types into a table's filter field (an Ajax filter that waits for the typing to pause) and waits until the
     * table shows only rows holding the text: the rows are re-read after each update, never a fixed wait.
     */
    static void filterTable(Browser browser, String filterId, String tableId, String text) {
        type(browser, filterId, text);
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    var rows = d.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr"));
                    return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().toLowerCase(java.util.Locale.ROOT)
                            .contains(needle) || row.getAttribute("class").contains("ui-datatable-empty-message"));
                });
        browser.waitForPage();
    }

    private Widgets() {
    }
}
