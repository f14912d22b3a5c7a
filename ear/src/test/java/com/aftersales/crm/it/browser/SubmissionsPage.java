package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

/** The provider's weekly archive submissions (铺装档案周报送): upload, the upload's messages, the selected submission. */
final class SubmissionsPage extends PortalPage {

    SubmissionsPage(Browser browser) {
        super(browser);
    }

    static SubmissionsPage open(Browser browser) {
        browser.open("provider/submissions.xhtml");
        return new SubmissionsPage(browser);
    }

    String templateLink() {
        return browser.find(By.id("uploadForm:template")).getAttribute("href");
    }

    /** Chooses the file; the upload starts by itself (auto) unless the browser side refuses the file. */
    SubmissionsPage upload(Path file) {
        browser.driver.findElement(By.id("uploadForm:file_input")).sendKeys(file.toAbsolutePath().toString());
        browser.waitForPage();
        return this;
    }

    /** The form's messages once they hold {@code text} (the server's answer to an upload). */
    String messagesContaining(String text) {
        browser.waitForText(By.id("uploadForm:messages"), text);
        return browser.find(By.id("uploadForm:messages")).getText();
    }

    /** What the upload widget itself says when it refuses a file before sending it (PrimeFaces' client-side check). */
    String widgetMessageContaining(String text) {
        browser.waitForText(By.cssSelector("[id='uploadForm:file'] .ui-fileupload-content"), text);
        return browser.find(By.cssSelector("[id='uploadForm:file'] .ui-fileupload-content")).getText();
    }

    /** Waits (re-reading the status after each poll's update) until the selected submission has loaded. */
    SubmissionsPage waitUntilCompleted() {
        browser.find(By.id("detailForm:progress"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(d ->
                d.findElement(By.id("detailForm:status")).getText().contains("已完成"));
        browser.waitForPage();
        return this;
    }

    String progress() {
        return browser.find(By.id("detailForm:progress")).getText();
    }

    String counts() {
        return browser.find(By.id("detailForm:counts")).getText();
    }

    String problems() {
        return browser.find(By.id("detailForm:problems")).getText();
    }

    /** The listed problems that are warnings (rows loaded all the same), one text per table row. */
    java.util.List<String> warningRows() {
        return browser.driver.findElements(By.xpath("//*[@id='detailForm:problems']//tr[td[contains(@class, 'crm-row-warning')]]"))
                .stream().map(org.openqa.selenium.WebElement::getText).toList();
    }

    String reportLink() {
        return browser.find(By.id("detailForm:report")).getAttribute("href");
    }
}
