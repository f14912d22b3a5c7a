package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrator's working-day calendar: a year's notice pasted, checked and saved; the years and their days. */
final class CalendarPage extends PortalPage {

    CalendarPage(Browser browser) {
        super(browser);
    }

    static CalendarPage open(Browser browser) {
        browser.open("admin/calendar.xhtml");
        return new CalendarPage(browser);
    }

    String year() {
        return browser.find(By.id("noticeForm:year")).getAttribute("value");
    }

    CalendarPage year(int year) {
        WebElement input = browser.find(By.id("noticeForm:year"));
        input.clear();
        input.sendKeys(String.valueOf(year));
        return this;
    }

    /** Pastes the notice, replacing what the box held. */
    CalendarPage paste(String notice) {
        WebElement box = browser.find(By.id("noticeForm:notice"));
        box.clear();
        box.sendKeys(notice);
        return this;
    }

    CalendarPage save() {
        browser.click(By.id("noticeForm:save"));
        return this;
    }

    String messages() {
        return browser.text(By.id("noticeForm:noticeMessages"));
    }

    String years() {
        return browser.text(By.id("years:yearTable"));
    }

    String shownDays() {
        return browser.text(By.id("daysForm"));
    }
}
