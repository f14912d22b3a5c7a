package com.aftersales.crm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/** Debian's headless Chromium driven by its ChromeDriver (never a downloaded browser). */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final String baseUrl = System.getProperty("crm.it.base-url");
    final String password = System.getProperty("crm.it.demo-password");

    Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("crm-chromium"));
        // the console, for the Content-Security-Policy violations every test checks for
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(find("chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Every page keeps its script errors, console errors and CSP violations in window.__crmErrors (PageDefects)
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", ERROR_RECORDER));
        driver = chrome;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static final String ERROR_RECORDER = """
            window.__crmErrors = [];
            window.addEventListener('error', function (e) {
                var target = e.target && (e.target.src || e.target.href);
                window.__crmErrors.push(target ? 'cannot load ' + target : (e.message || 'error'));
            }, true);
            window.addEventListener('unhandledrejection', function (e) { window.__crmErrors.push('unhandled rejection ' + e.reason); });
            document.addEventListener('securitypolicyviolation', function (e) {
                window.__crmErrors.push('CSP violation ' + e.violatedDirective + ' ' + e.blockedURI);
            });
            var consoleError = console.error;
            console.error = function () {
                window.__crmErrors.push('console.error ' + Array.prototype.join.call(arguments, ' '));
                consoleError.apply(console, arguments);
            };
            """;

    private static String find(String command, String fallback) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            File candidate = new File(dir, command);
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        return fallback;
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** An element in the page, visible or not (e.g. the items of a closed select menu). */
    WebElement present(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** The element's text, found again if an Ajax update replaced it between finding and reading. */
    String text(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    /** Clicks the element once it is clickable, found again if an update replaced it; then waits for the page. */
    void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
        waitForPage();
    }

    /** Types into the element, found again if an update replaced it. */
    void type(By by, CharSequence... keys) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    if (!element.isDisplayed()) {
                        return false;
                    }
                    element.sendKeys(keys);
                    return true;
                });
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the page has loaded and PrimeFaces has no Ajax request in flight. */
    void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * The Content-Security-Policy violations the browser reported since the last call (a refused inline script or
     * event handler leaves the page without its behaviour, silently but for this console line).
     */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String sessionCookie() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** Keeps what the browser showed, for a failed test's report. */
    void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target/screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
