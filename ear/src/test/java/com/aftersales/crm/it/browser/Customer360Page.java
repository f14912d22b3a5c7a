package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The customer 360 view. */
final class Customer360Page extends PortalPage {

    Customer360Page(Browser browser) {
        super(browser);
    }

    static Customer360Page open(Browser browser, long id) {
        browser.open("customers/view.xhtml?id=" + id);
        return new Customer360Page(browser);
    }

    long customerId() {
        String url = browser.driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }

    String record() {
        return browser.find(By.id("record")).getText();
    }

    String installations() {
        return browser.find(By.id("installations")).getText();
    }

    String warrantyBadges() {
        return browser.driver.findElements(By.cssSelector(".crm-warranty")).stream().map(e -> e.getText()).reduce("", (a, b) -> a + b + ";");
    }

    String timeline() {
        return browser.find(By.id("timeline")).getText();
    }

    InstallationPage addInstallation() {
        browser.find(By.id("actions:addInstallation")).click();
        browser.waitForPage();
        return new InstallationPage(browser);
    }

    /** The customer's number as the record card shows it (#123). */
    String number() {
        return browser.find(By.id("number")).getText();
    }

    /** The cells of the first installation's label/value grid, one text per grid cell. */
    List<String> installationCells() {
        return browser.find(By.cssSelector("#installations .crm-form-grid")).findElements(By.xpath("./*")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the merge dialog (supervisors) on its probable duplicates. */
    Customer360Page openMerge() {
        browser.find(By.id("actions:merge")).click();
        browser.waitForPage();
        browser.find(By.id("mergeForm:candidates"));
        return this;
    }

    String candidates() {
        return browser.find(By.id("mergeForm:candidates")).getText();
    }

    Customer360Page searchCandidates(String text) {
        WebElement search = browser.find(By.id("mergeForm:mergeSearch"));
        search.clear();
        search.sendKeys(text);
        browser.find(By.id("mergeForm:searchCandidates")).click();
        browser.waitForPage();
        return this;
    }

    /** Chooses the candidate numbered {@code id} and confirms the merge; the page reloads on the kept customer. */
    Customer360Page merge(long id) {
        browser.find(By.xpath("//tr[contains(@class, 'crm-merge-candidate')][td[normalize-space()='#" + id + "']]"
                + "//button[contains(@id, ':choose')]")).click();
        browser.waitForText(By.id("mergeForm:chosen"), "#" + id);
        WebElement confirm = browser.find(By.id("mergeForm:confirmMerge"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                By.id("mergeForm:confirmMerge")));
        browser.find(By.id("mergeForm:confirmMerge")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(confirm));
        browser.waitForPage();
        return this;
    }
}
