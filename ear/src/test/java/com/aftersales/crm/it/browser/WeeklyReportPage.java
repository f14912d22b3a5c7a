package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import java.util.List;
import org.openqa.selenium.support.ui.WebDriverWait;
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
        return new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .withMessage("no report for " + isoWeek)
                .until(d -> {
                    WeeklyReportPage page = open(browser, monday);
                    List<WebElement> week = d.findElements(By.id("report-week"));
                    return !week.isEmpty() && week.get(0).getText().contains(isoWeek) ? page : null;
                });
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
