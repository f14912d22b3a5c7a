package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Creating or editing a customer. */
final class CustomerEditPage extends PortalPage {

    CustomerEditPage(Browser browser) {
        super(browser);
    }

    static CustomerEditPage openNew(Browser browser) {
        browser.open("customers/edit.xhtml");
        return new CustomerEditPage(browser);
    }

    CustomerEditPage name(String name) {
        browser.find(By.id("customerForm:name")).sendKeys(name);
        return this;
    }

    CustomerEditPage phone(String phone) {
        WebElement input = browser.find(By.cssSelector("[id='customerForm:phones'] input"));
        input.sendKeys(phone);
        input.sendKeys(Keys.ENTER);
        return this;
    }

    /** Chooses province, city and district by name, through the menus' own API (each choice reloads the next menu). */
    CustomerEditPage address(String province, String city, String district, String street) {
        choose("provinceMenu", "customerForm:province", province);
        choose("cityMenu", "customerForm:city", city);
        choose("districtMenu", "customerForm:district", district);
        browser.find(By.id("customerForm:street")).sendKeys(street);
        return this;
    }

    private void choose(String widget, String id, String label) {
        String value = browser.present(By.xpath("//select[@id='" + id + "_input']/option[normalize-space()='" + label + "']"))
                .getAttribute("value");
        // selectValue alone leaves the change event (and so the Ajax reload of the next menu) unfired
        ((JavascriptExecutor) browser.driver).executeScript(
                "var w = PF(arguments[0]); w.selectValue(arguments[1]); w.input.val(arguments[1]).trigger('change');", widget, value);
        browser.waitForPage();
    }

    CustomerEditPage save() {
        browser.find(By.id("customerForm:save")).click();
        browser.waitForPage();
        return this;
    }

    String duplicateWarning() {
        return browser.find(By.id("duplicatesDialog")).getText();
    }

    Customer360Page saveAnyway() {
        browser.find(By.id("duplicatesForm:saveAnyway")).click();
        browser.waitForPage();
        return new Customer360Page(browser);
    }
}
