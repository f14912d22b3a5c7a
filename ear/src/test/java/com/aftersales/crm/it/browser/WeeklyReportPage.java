package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.LocalDate;

/** 信息周报: the reports by week, run now for a week, a week's sections, the workbook's link. */
class WeeklyReportPage {

    final Browser browser;

    private WeeklyReportPage(Browser browser) {
        this.browser = browser;
    }

    static WeeklyReportPage open(Browser browser) {
        browser.open("info/weekly-reports.xhtml");
        return new WeeklyReportPage(browser);
    }

    static WeeklyReportPage open(Browser browser, LocalDate week) {
        browser.open("info/weekly-reports.xhtml?week=" + week);
        return new WeeklyReportPage(browser);
    }

    boolean canRun() {
        return !browser.driver.findElements(By.id("run:start")).isEmpty();
    }

    /** Runs the report for the week holding the day; returns the message the page shows. */
    String runFor(LocalDate day) {
        WebElement input = browser.find(By.id("run:runWeek"));
        input.clear();
        input.sendKeys(day.toString());
        browser.find(By.id("run:start")).click();
        browser.waitForPage();
        return browser.find(By.id("run:messages")).getText();
    }

    /** Reopens the page on the week until its report is there (the job runs in the background). */
    WeeklyReportPage waitForReport(LocalDate monday, String isoWeek) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            WeeklyReportPage page = open(browser, monday);
            if (!browser.driver.findElements(By.id("report-week")).isEmpty()
                    && browser.driver.findElement(By.id("report-week")).getText().contains(isoWeek)) {
                return page;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no report for " + isoWeek + " after 60 s");
    }

    /** Shows a week from the list of reports (an Ajax update of the report below). */
    WeeklyReportPage showFromList(String isoWeek) {
        browser.find(By.xpath("//tbody[@id='reports:list_data']//a[contains(., '" + isoWeek + "')]")).click();
        browser.waitForPage();
        browser.waitForText(By.id("report-week"), isoWeek);
        return this;
    }

    String heading() {
        return browser.find(By.id("report-week")).getText();
    }

    String listText() {
        return browser.find(By.id("reports:list")).getText();
    }

    /** A section's table as text, e.g. section("RANKING"). */
    String section(String section) {
        return browser.find(By.cssSelector(".crm-report-" + section)).getText();
    }

    String reportText() {
        return browser.find(By.id("report")).getText();
    }

    String downloadHref() {
        return browser.find(By.id("download")).getAttribute("href");
    }
}
