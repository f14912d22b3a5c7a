package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

/** The quality complaint form, with its uploads. */
final class ComplaintFormPage extends PortalPage {

    ComplaintFormPage(Browser browser) {
        super(browser);
    }

    static ComplaintFormPage openNew(Browser browser, long customerId) {
        browser.open("quality/edit.xhtml?customer=" + customerId);
        return new ComplaintFormPage(browser);
    }

    String customerName() {
        return browser.find(By.id("customerName")).getText();
    }

    ComplaintFormPage phenomenon(String text) {
        Widgets.type(browser, "complaintForm:phenomenon", text);
        return this;
    }

    ComplaintFormPage saveDraft() {
        browser.find(By.id("complaintForm:save")).click();
        browser.waitForPage();
        return this;
    }

    /** Uploads a file through an uploader (auto upload) and waits until the list of files shows one more. */
    ComplaintFormPage upload(String uploader, Path file) {
        int before = browser.driver.findElements(By.cssSelector("#filesForm .crm-file")).size();
        browser.driver.findElement(By.id("filesForm:" + uploader + "_input")).sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#filesForm .crm-file"), before + 1));
        browser.waitForPage();
        return this;
    }

    /** The address of the first thumbnail's file, as the page links it. */
    String firstFileUrl() {
        return browser.driver.findElement(By.cssSelector("#filesForm img.crm-thumb")).getAttribute("src");
    }

    /** Fetches an address from within the page (the user's session): status, content type and nosniff header. */
    String fetch(String url) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { "
                        + "done(r.status + ' ' + r.headers.get('content-type') + ' ' + r.headers.get('x-content-type-options')); })"
                        + ".catch(function (e) { done('error ' + e); });", url));
    }

    int thumbnails() {
        return browser.driver.findElements(By.cssSelector("#filesForm img.crm-thumb")).size();
    }

    ComplaintFormPage submit() {
        browser.find(By.id("complaintForm:submit")).click();
        browser.waitForPage();
        return this;
    }

    String messages() {
        return browser.find(By.id("complaintForm:formMessages")).getText();
    }

    String evidence() {
        return browser.find(By.id("complaintForm:evidence")).getText();
    }
}
