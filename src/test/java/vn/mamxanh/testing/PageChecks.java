package vn.mamxanh.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser tests check on a page besides its text: a picture of the whole page, and an
 * accessibility audit with axe-core (axe.min.js as shipped in Deque's Maven artifact, injected into
 * the page under test; no Selenium binding of theirs is used).
 */
public final class PageChecks {

    private static String axeSource;

    private PageChecks() {
    }

    /** Saves the whole page (not just the window) as {@code target/screenshots/<name>.png}. */
    public static Path fullPage(Browser browser, String name) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        Number width = (Number) chrome.executeScript("return window.innerWidth");
        Number height = (Number) chrome.executeScript("return window.innerHeight");
        try {
            Object pageHeight = chrome.executeScript("return document.documentElement.scrollHeight");
            int full = Math.min(9000, Math.max(height.intValue(), ((Number) pageHeight).intValue()));
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width.intValue(), "height", full, "deviceScaleFactor", 1, "mobile", width.intValue() < 600));
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, chrome.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** One rule axe found broken, with the places it found it. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + " (" + help + ") at " + targets;
        }
    }

    /** Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page as it is now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> axe(Browser browser) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeScript(axe());
        List<Map<String, Object>> found = (List<Map<String, Object>>) chrome.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact || '', help: v.help,"
                        + "    targets: v.nodes.map(function (n) { return n.target.join(' '); })}; }));"
                        + "}, function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]); });");
        return found.stream().map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                (List<String>) v.get("targets"))).toList();
    }

    /** The violations a person relying on a screen reader or keyboard could not get past. */
    public static List<Violation> seriousOrCritical(Browser browser) {
        return axe(browser).stream().filter(v -> v.impact().equals("serious") || v.impact().equals("critical")).toList();
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is missing: the test dependency com.deque.html.axe-core:selenium ships it");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
