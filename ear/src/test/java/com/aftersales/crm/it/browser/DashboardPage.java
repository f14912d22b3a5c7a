package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** 管理看板 (/manager/dashboard): the filter bar, the satisfaction trend's table, the drill-down, the export links. */
final class DashboardPage {

    private final Browser browser;

    private DashboardPage(Browser browser) {
        this.browser = browser;
    }

    static DashboardPage open(Browser browser) {
        browser.open("manager/dashboard.xhtml");
        browser.find(By.id("views:tabs"));
        return new DashboardPage(browser);
    }

    DashboardPage filter(String from, String to, String brand) {
        period("filter:from", from);
        period("filter:to", to);
        Widgets.choose(browser, "filter:brand", brand);
        browser.find(By.id("filter:apply")).click();
        browser.waitForPage();
        return this;
    }

    /** Sets a month picker's month through its widget (yyyy-MM), as picking it in the calendar does. */
    private void period(String id, String month) {
        browser.find(By.id(id + "_input"));
        String[] ym = month.split("-");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, 1));",
                id, Integer.parseInt(ym[0]), Integer.parseInt(ym[1]));
        assertDate(id, month);
    }

    /** The "update now" button: the figures recomputed, the time they count from shown beside it. */
    DashboardPage refresh() {
        browser.find(By.id("filter:refresh")).click();
        browser.waitForPage();
        return this;
    }

    String asOf() {
        return browser.find(By.id("filter:asOf")).getText();
    }

    private void assertDate(String id, String date) {
        String shown = browser.find(By.id(id + "_input")).getAttribute("value");
        if (!date.equals(shown)) {
            throw new AssertionError("the date picker " + id + " shows " + shown + ", not " + date);
        }
    }

    /** The trend table's row of a month, as text. */
    String trendRow(String month) {
        return browser.find(By.xpath("//div[@id='views:tabs:trendTable']//tr[contains(@class, 'crm-figure-row') and contains(., '"
                + month + "')]")).getText();
    }

    /** Clicks the number of answered surveys of a month: the surveys behind it open below. */
    DashboardPage drillIntoAnswered(String month) {
        browser.find(By.xpath("//div[@id='views:tabs:trendTable']//tr[contains(., '" + month + "')]//a[contains(@id, ':answered')]"))
                .click();
        browser.waitForPage();
        browser.find(By.id("drill:records"));
        return this;
    }

    String drillTitle() {
        return browser.find(By.id("drillTitle")).getText();
    }

    String drillRecords() {
        return browser.find(By.id("drill:records")).getText();
    }

    /** The URL of the trend's export in a format (xlsx or pdf), as the page links it. */
    String exportUrl(String format) {
        return browser.find(By.id("views:tabs:trend" + (format.equals("xlsx") ? "Xlsx" : "Pdf"))).getAttribute("href");
    }
}
