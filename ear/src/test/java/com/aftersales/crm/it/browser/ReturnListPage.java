package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;

/** A list of return requests: the dealer's own, or the supervisors' queue. */
final class ReturnListPage extends PortalPage {

    ReturnListPage(Browser browser) {
        super(browser);
    }

    static ReturnListPage openDealers(Browser browser) {
        browser.open("dealer/returns.xhtml");
        return new ReturnListPage(browser);
    }

    /** The text of the row of a request, found by its number link. */
    String row(long id) {
        return browser.find(By.xpath("//tbody[@id='list:requests_data']/tr[.//a[normalize-space(.)='#" + id + "']]")).getText();
    }
}
