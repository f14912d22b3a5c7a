package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** 批次质量: batches per product and batch with their defect rate, the open batch alerts, the alert check. */
class BatchesPage {

    final Browser browser;

    private BatchesPage(Browser browser) {
        this.browser = browser;
    }

    static BatchesPage open(Browser browser) {
        browser.open("info/batches.xhtml");
        browser.find(By.id("batches:table"));
        return new BatchesPage(browser);
    }

    String rule() {
        return browser.text(By.id("batch-rule"));
    }

    /** The rows of the batch table flagged over threshold. */
    List<WebElement> flaggedRows() {
        return browser.driver.findElements(By.cssSelector("[id='batches:table_data'] > tr.crm-batch-over"));
    }

    String tableText() {
        return browser.text(By.id("batches:table"));
    }

    /** Runs the alert check; returns the page's message. */
    String check() {
        browser.click(By.id("batches:check"));
        browser.waitForPage();
        return browser.text(By.id("messages"));
    }

    String alertsText() {
        return browser.text(By.id("alerts:alertTable"));
    }
}
