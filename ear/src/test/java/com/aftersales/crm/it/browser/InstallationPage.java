package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Recording an installation archive. */
final class InstallationPage extends PortalPage {

    InstallationPage(Browser browser) {
        super(browser);
    }

    private void choose(String componentId, String labelContains) {
        String value = browser.present(By.xpath("//select[@id='" + componentId + "_input']/option[contains(., '" + labelContains + "')]"))
                .getAttribute("value");
        ((JavascriptExecutor) browser.driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]); "
                + "w.selectValue(arguments[1]); w.input.val(arguments[1]).trigger('change');", componentId, value);
        browser.waitForPage();
    }

    InstallationPage dealer(String code) {
        choose("installationForm:dealerId", code);
        return this;
    }

    InstallationPage provider(String code) {
        choose("installationForm:providerId", code);
        return this;
    }

    InstallationPage technician(String levelLabel) {
        browser.find(By.xpath("//*[@id='installationForm:technicianIds']//label[contains(., '" + levelLabel + "')]")).click();
        return this;
    }

    InstallationPage method(String label) {
        choose("installationForm:method", label);
        return this;
    }

    InstallationPage dates(String installed, String accepted) {
        browser.find(By.id("installationForm:installedOn_input")).sendKeys(installed);
        browser.find(By.id("installationForm:acceptedOn_input")).sendKeys(accepted);
        return this;
    }

    InstallationPage warrantyCard(String number) {
        browser.find(By.id("installationForm:warrantyCardNo")).sendKeys(number);
        return this;
    }

    InstallationPage line(String product, String quantity, String price) {
        choose("installationForm:lines:0:productId", product);
        browser.find(By.id("installationForm:lines:0:quantityM2_input")).sendKeys(quantity);
        browser.find(By.id("installationForm:lines:0:unitPrice_input")).sendKeys(price);
        return this;
    }

    Customer360Page save() {
        browser.find(By.id("installationForm:save")).click();
        browser.waitForPage();
        return new Customer360Page(browser);
    }

    String messages() {
        return browser.find(By.id("installationForm:formMessages")).getText();
    }
}
