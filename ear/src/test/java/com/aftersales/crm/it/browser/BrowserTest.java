package com.aftersales.crm.it.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test class shares: one headless Chromium per class, a fresh session (no cookies) before each
 * test, a screenshot and the page source of a failed test under ear/target/screenshots.
 */
abstract class BrowserTest {

    static Browser browser;

    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            browser.screenshot(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void freshSession() {
        browser.open("login.xhtml");
        browser.driver.manage().deleteAllCookies();
        browser.cspViolations();  // forget the previous test's console
    }

    /** Every page a test went through ran under the Content-Security-Policy without a refused script or style. */
    @AfterEach
    void noContentSecurityPolicyViolation() {
        assertThat(browser.cspViolations()).isEmpty();
    }
}
