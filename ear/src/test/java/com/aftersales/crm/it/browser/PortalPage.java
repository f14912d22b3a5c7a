package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.Set;
import java.util.stream.Collectors;

/** Any page of the portal's frame: menu, user, language, logout. */
class PortalPage {

    final Browser browser;

    PortalPage(Browser browser) {
        this.browser = browser;
    }

    /** The views the menu links to, as paths below the context root without the suffix, e.g. {@code /admin/users}. */
    Set<String> menuTargets() {
        return browser.find(By.id("nav")).findElements(By.cssSelector("a[href*='.xhtml']")).stream()
                .map(link -> link.getAttribute("href"))
                .map(href -> href.substring(href.indexOf("/crm/") + 4, href.indexOf(".xhtml")))
                .collect(Collectors.toSet());
    }

    String menuText() {
        return browser.find(By.id("nav")).getText();
    }

    String title() {
        return browser.find(By.cssSelector("h1.crm-title, #error-title")).getText();
    }

    String currentPath() {
        String url = browser.driver.getCurrentUrl();
        return url.substring(url.indexOf("/crm/") + 4);
    }

    String userName() {
        return browser.find(By.id("current-user")).getText();
    }

    PortalPage switchTo(String linkId) {
        browser.find(By.id("topbar:" + linkId)).click();
        browser.waitForPage();
        return this;
    }

    LoginPage logout() {
        WebElement button = browser.find(By.id("topbar:logout"));
        button.click();
        browser.waitForPage();
        return new LoginPage(browser);
    }
}
