package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** The dealer's return / exchange request form. */
final class ReturnFormPage extends PortalPage {

    ReturnFormPage(Browser browser) {
        super(browser);
    }

    static ReturnFormPage open(Browser browser) {
        browser.open("returns/new.xhtml");
        return new ReturnFormPage(browser);
    }

    ReturnFormPage preSale(String groundLabel) {
        Widgets.choose(browser, "returnForm:preSaleGround", groundLabel);
        return this;
    }

    ReturnFormPage goods(String productCode, String batchNo, String shippedOn) {
        Widgets.choose(browser, "returnForm:productId", productCode);
        Widgets.type(browser, "returnForm:batchNo", batchNo);
        Widgets.type(browser, "returnForm:shippedOn_input", shippedOn);
        return this;
    }

    ReturnFormPage quantities(int batch, int defective, int toReturn) {
        Widgets.type(browser, "returnForm:batchQuantity_input", Integer.toString(batch));
        Widgets.type(browser, "returnForm:defectiveQuantity_input", Integer.toString(defective));
        Widgets.type(browser, "returnForm:returnQuantity_input", Integer.toString(toReturn));
        return this;
    }

    ReturnFormPage defect(String label, String reason) {
        Widgets.choose(browser, "returnForm:defectKind", label);
        Widgets.type(browser, "returnForm:reason", reason);
        return this;
    }

    ReturnPage file() {
        browser.find(By.id("returnForm:file")).click();
        browser.waitForPage();
        return new ReturnPage(browser);
    }

    String messages() {
        return browser.find(By.id("returnForm:formMessages")).getText();
    }
}
