package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 作业监控 (/supervisor/jobs): start a job, follow a run's row (status, progress, counts). */
final class JobsPage {

    private static final Pattern RUN_NUMBER = Pattern.compile("(\\d+)\\D*$");

    private final Browser browser;

    private JobsPage(Browser browser) {
        this.browser = browser;
    }

    static JobsPage open(Browser browser) {
        browser.open("supervisor/jobs.xhtml");
        return new JobsPage(browser);
    }

    /** Starts the month-end closing for a month; returns the run's number from the confirmation. */
    long startMonthEnd(String month) {
        WebElement field = browser.find(By.id("start:month"));
        field.clear();
        field.sendKeys(month);
        browser.find(By.id("start:run")).click();
        browser.waitForPage();
        String confirmation = browser.find(By.cssSelector("#start\\:messages .ui-messages-info")).getText();
        Matcher number = RUN_NUMBER.matcher(confirmation);
        if (!number.find()) {
            throw new AssertionError("no run number in: " + confirmation);
        }
        return Long.parseLong(number.group(1));
    }

    /** Starts with whatever is typed as the month; returns the form's error text. */
    String startRefused(String month) {
        WebElement field = browser.find(By.id("start:month"));
        field.clear();
        field.sendKeys(month);
        browser.find(By.id("start:run")).click();
        browser.waitForPage();
        return browser.find(By.cssSelector("#start\\:messages .ui-messages-error")).getText();
    }

    /** The run's row, found by the number in its first cell (the table renders no row keys without selection). */
    private By row(long execution) {
        return By.xpath(xpath(execution));
    }

    private static String xpath(long execution) {
        return "//tbody[@id='runs:executions_data']/tr[.//span[contains(@class, 'crm-job-id') and normalize-space()='"
                + execution + "']]";
    }

    /** Waits (the page polls while the run goes) until the run's status reads as given. */
    void waitForStatus(long execution, String status) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(d -> {
            var rows = d.findElements(row(execution));
            return !rows.isEmpty() && rows.get(0).findElement(By.cssSelector(".crm-job-status")).getText().equals(status);
        });
    }

    /**
     * Reads from the run's row, found again when the poll's last update replaced the table between finding and
     * reading (the poll stops only with the update that shows the run finished).
     */
    private <T> T inRow(long execution, Function<WebElement, T> read) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> Optional.of(read.apply(d.findElement(row(execution))))).get();  // false is a reading too, not "not yet"
    }

    String status(long execution) {
        return inRow(execution, r -> r.findElement(By.cssSelector(".crm-job-status")).getText());
    }

    /** The progress bar's label ("100%"), empty when the run shows none. */
    String progress(long execution) {
        return inRow(execution, r -> {
            var bars = r.findElements(By.cssSelector(".crm-job-progress"));
            return bars.isEmpty() ? "" : bars.get(0).getText().trim();
        });
    }

    String counts(long execution) {
        return inRow(execution, r -> r.findElement(By.cssSelector("td.crm-job-read")).getText() + "/"
                + r.findElement(By.cssSelector("td.crm-job-written")).getText() + "/"
                + r.findElement(By.cssSelector("td.crm-job-skipped")).getText());
    }

    /** Opens the run's details; returns the dialog's text (status, failure, steps). */
    String details(long execution) {
        browser.click(By.xpath(xpath(execution) + "//button[contains(@id, ':details')]"));
        return browser.text(By.id("detailForm"));
    }

    boolean hasRestart(long execution) {
        return inRow(execution, r -> !r.findElements(By.cssSelector("button[id$=':restart']")).isEmpty());
    }
}
