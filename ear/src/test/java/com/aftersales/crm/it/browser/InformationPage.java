package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** 市场信息反馈: a dealer's items and the new-item dialog, the information officer's list, an item with its answer. */
final class InformationPage extends PortalPage {

    InformationPage(Browser browser) {
        super(browser);
    }

    static InformationPage openAsDealer(Browser browser) {
        browser.open("dealer/information.xhtml");
        return new InformationPage(browser);
    }

    static InformationPage openAsInformationOfficer(Browser browser) {
        browser.open("info/items.xhtml");
        return new InformationPage(browser);
    }

    InformationPage startNew() {
        browser.click(By.id("information:new"));
        browser.find(By.id("newItemForm:subject"));
        return this;
    }

    InformationPage category(String label) {
        browser.click(By.xpath("//*[@id='newItemForm:category']//div[contains(@class, 'ui-button') and normalize-space(.)='"
                + label + "']"));
        return this;
    }

    InformationPage subject(String subject) {
        browser.type(By.id("newItemForm:subject"), subject);
        return this;
    }

    InformationPage content(String content) {
        browser.type(By.id("newItemForm:content"), content);
        return this;
    }

    InformationPage save() {
        browser.click(By.id("newItemForm:save"));
        return this;
    }

    /** The new-item form's errors once they hold the text. */
    String formErrorsContaining(String text) {
        browser.waitForText(By.cssSelector("#newItemForm .ui-messages-error"), text);
        return browser.text(By.cssSelector("#newItemForm .ui-messages-error"));
    }

    /** The page's messages once they hold the text. */
    String messagesContaining(String text) {
        browser.waitForText(By.id("information:messages"), text);
        return browser.text(By.id("information:messages"));
    }

    String table() {
        return browser.text(By.id("information:table"));
    }

    /** Opens the item from its row and waits until it shows. */
    InformationPage openItem(String subject) {
        browser.click(By.xpath("//tr[contains(@class, 'crm-information-row') and contains(., '" + subject + "')]"
                + "//button[contains(@id, ':open')]"));
        browser.waitForText(By.id("subject"), subject);
        return this;
    }

    InformationPage answer(String answer) {
        browser.type(By.id("itemForm:answer"), answer);
        browser.click(By.id("itemForm:send"));
        return this;
    }

    String answerText() {
        return browser.text(By.id("answerText"));
    }
}
