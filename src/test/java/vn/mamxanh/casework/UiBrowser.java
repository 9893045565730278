package vn.mamxanh.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.mamxanh.testing.HttpTestClient;

/**
 * Headless Debian Chromium driven by its ChromeDriver, for the casework browser tests: log in,
 * click, and keep screenshots under target/screenshots/.
 */
final class UiBrowser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private UiBrowser(int port) {
        try {
            profile = Files.createTempDirectory("mamxanh-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        base = "http://localhost:" + port;
    }

    static UiBrowser loggedIn(int port, String user) {
        UiBrowser browser = new UiBrowser(port);
        browser.open("/login");
        browser.find(By.id("username")).sendKeys(user);
        browser.find(By.id("password")).sendKeys(HttpTestClient.DEMO_PASSWORD);
        browser.find(By.id("login-submit")).click();
        browser.waitFor(By.cssSelector("header.topbar .who"));
        return browser;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(By by) {
        return waitFor(by);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Sets an input's value as a date picker would (typing into a date field depends on the browser's locale). */
    void type(By by, String value) {
        ((ChromeDriver) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(by), value);
    }

    WebDriver driver() {
        return driver;
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Saves the page at desktop and phone width as target/screenshots/<name>-desktop.png and -phone.png. */
    void screenshots(String name) {
        shot(name + "-desktop", DESKTOP);
        shot(name + "-phone", PHONE);
        driver.manage().window().setSize(DESKTOP);
    }

    private void shot(String name, Dimension size) {
        driver.manage().window().setSize(size);
        ChromeDriver chrome = (ChromeDriver) driver;
        try {
            // Headless Chromium captures only the viewport: emulate a screen as tall as the page for a full picture.
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                    "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", size.getWidth() < 600));
            Object height = chrome.executeScript("return document.documentElement.scrollHeight");
            int full = Math.min(8000, Math.max(size.getHeight(), ((Number) height).intValue()));
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                    "height", full, "deviceScaleFactor", 1, "mobile", size.getWidth() < 600));
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, chrome.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile does no harm
        }
    }
}
