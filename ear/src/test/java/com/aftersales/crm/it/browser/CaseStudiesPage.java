package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

import java.nio.file.Path;

/** 服务案例: the provider's monthly case form and list, the supervisor's list with the worthless judgement. */
final class CaseStudiesPage extends PortalPage {

    CaseStudiesPage(Browser browser) {
        super(browser);
    }

    static CaseStudiesPage openAsProvider(Browser browser) {
        browser.open("provider/case-studies.xhtml");
        return new CaseStudiesPage(browser);
    }

    static CaseStudiesPage openAsSupervisor(Browser browser) {
        browser.open("supervisor/case-studies.xhtml");
        return new CaseStudiesPage(browser);
    }

    CaseStudiesPage write(String field, String text) {
        browser.type(By.id("submit:" + field), text);
        return this;
    }

    CaseStudiesPage send() {
        browser.click(By.id("submit:send"));
        return this;
    }

    String formErrorsContaining(String text) {
        browser.waitForText(By.cssSelector("#submit .ui-messages-error"), text);
        return browser.text(By.cssSelector("#submit .ui-messages-error"));
    }

    /** The list once it shows the study titled so. */
    String studiesWith(String title) {
        browser.waitForText(By.id("cases:studies"), title);
        return browser.text(By.id("cases:studies"));
    }

    private static By row(String title) {
        return By.xpath("//tr[contains(@class, 'crm-study-row') and contains(., '" + title + "')]");
    }

    String row(String title, String expected) {
        browser.waitForText(row(title), expected);
        return browser.text(row(title));
    }

    /** Attaches a file to the study's row (the upload starts by itself). */
    CaseStudiesPage attach(String title, Path file) {
        browser.present(By.xpath("//tr[contains(@class, 'crm-study-row') and contains(., '" + title + "')]"
                + "//input[@type='file' and contains(@id, ':attach')]")).sendKeys(file.toAbsolutePath().toString());
        browser.waitForPage();
        return this;
    }

    String messagesContaining(String text) {
        browser.waitForText(By.id("cases:messages"), text);
        return browser.text(By.id("cases:messages"));
    }

    CaseStudiesPage judgeWorthless(String title, String reason) {
        browser.click(By.xpath("//tr[contains(@class, 'crm-study-row') and contains(., '" + title + "')]"
                + "//button[contains(@id, ':judge')]"));
        browser.type(By.id("cases:reason"), reason);
        browser.click(By.id("cases:confirmJudge"));
        return this;
    }
}
