package vn.mamxanh.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import vn.mamxanh.testing.Browser;

/**
 * The shared {@link Browser} with what the casework tests add: full-page screenshots at desktop
 * and phone width, and setting a date field's value whatever the browser's locale.
 */
final class UiBrowser implements AutoCloseable {

    private final Browser browser;
    private final String base;

    private UiBrowser(Browser browser, int port) {
        this.browser = browser;
        this.base = "http://localhost:" + port;
    }

    static UiBrowser loggedIn(int port, String user) {
        UiBrowser ui = new UiBrowser(Browser.open(port), port);
        ui.browser.logIn(user);
        ui.waitFor(By.cssSelector("header.topbar .who"));
        return ui;
    }

    void open(String path) {
        browser.go(path);
    }

    WebElement find(By by) {
        return browser.waitFor(by);
    }

    WebElement waitFor(By by) {
        return browser.waitFor(by);
    }

    String currentPath() {
        return browser.currentUrl().substring(base.length());
    }

    /** Sets an input's value as a date picker would (typing into a date field depends on the browser's locale). */
    void type(By by, String value) {
        chrome().executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(by), value);
    }

    /** Saves the whole page at desktop and phone width as target/screenshots/<name>-desktop.png and -phone.png. */
    void screenshots(String name) {
        shot(name + "-desktop", Browser.Screen.DESKTOP, 1280, 900);
        shot(name + "-phone", Browser.Screen.PHONE, 390, 844);
        browser.resize(Browser.Screen.DESKTOP);
    }

    private void shot(String name, Browser.Screen screen, int width, int height) {
        browser.resize(screen);
        ChromeDriver chrome = chrome();
        try {
            // Headless Chromium captures only the viewport: emulate a screen as tall as the page for a full picture.
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
            Object pageHeight = chrome.executeScript("return document.documentElement.scrollHeight");
            int full = Math.min(8000, Math.max(height, ((Number) pageHeight).intValue()));
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", full, "deviceScaleFactor", 1, "mobile", width < 600));
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, chrome.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) browser.driver();
    }

    @Override
    public void close() {
        browser.close();
    }
}
