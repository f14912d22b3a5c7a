package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The case page's 责任分摊与费用 card, and a party's or the supervisors' chargeback ledger. */
final class ChargebackPage extends PortalPage {

    ChargebackPage(Browser browser) {
        super(browser);
    }

    static ChargebackPage caseCard(Browser browser, long caseId) {
        browser.open("cases/view.xhtml?id=" + caseId);
        browser.find(By.id("chargebackForm:chargebacks"));
        return new ChargebackPage(browser);
    }

    static ChargebackPage myLedger(Browser browser, String area) {
        browser.open(area + "/chargebacks.xhtml");
        browser.find(By.id("lineForm:lines"));
        return new ChargebackPage(browser);
    }

    ChargebackPage addCost(String kind, String amount) {
        Widgets.choose(browser, "chargebackForm:kind", kind);
        Widgets.type(browser, "chargebackForm:amount", amount);
        browser.click(By.id("chargebackForm:addCost"));
        return this;
    }

    /** Fills share row {@code row} (0-based): its percent and evidence (responsibility and party as given, if any). */
    ChargebackPage share(int row, String responsibility, String party, String percent, String evidence) {
        String prefix = "chargebackForm:rows:" + row + ":";
        if (responsibility != null) {
            Widgets.choose(browser, prefix + "rowResponsibility", responsibility);
        }
        if (party != null) {
            Widgets.choose(browser, prefix + "rowParty", party);
        }
        Widgets.type(browser, prefix + "rowPercent", percent);
        Widgets.type(browser, prefix + "rowEvidence", evidence);
        return this;
    }

    ChargebackPage judge() {
        browser.click(By.id("chargebackForm:splitJudge"));
        return this;
    }

    /** What the page said: a step that renders the whole case page says it at the top, others in the card. */
    String messages() {
        browser.waitForPage();
        StringBuilder said = new StringBuilder();
        for (String id : new String[]{"pageMessages", "chargebackForm:messages"}) {
            browser.driver.findElements(By.id(id)).forEach(element -> said.append(element.getText()).append('\n'));
        }
        return said.toString();
    }

    String costs() {
        return browser.text(By.id("chargebackForm:costs"));
    }

    String shares() {
        return browser.text(By.id("chargebackForm:shares"));
    }

    String caseLines() {
        return browser.text(By.id("chargebackForm:lines"));
    }

    String ledger() {
        return browser.text(By.id("lineForm:lines"));
    }

    /** Disputes the ledger's first line that may be disputed, with the reason. */
    ChargebackPage dispute(String reason) {
        browser.click(By.cssSelector("[id$=':disputeLine']"));
        Widgets.type(browser, "lineForm:reason", reason);
        browser.click(By.id("lineForm:sendDispute"));
        return this;
    }

    String ledgerMessages() {
        return browser.text(By.id("lineForm:messages"));
    }
}
