package vn.mamxanh.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven like a person would: log in through our login page, click, wait for
 * what appears on screen, keep screenshots under {@code target/screenshots/}. Uses Debian's
 * {@code chromium} and {@code chromium-driver} packages at fixed paths, so Selenium never looks
 * for (or downloads) a browser of its own. Open one per test class and close it after.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The window sizes we look at: a secretary's office desktop and a phone. */
    public enum Screen {
        DESKTOP(1280, 900),
        PHONE(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private final String base;
    private final Path profile;
    private final ChromeDriverService service;
    private final WebDriver driver;

    private Browser(int port, Screen screen) throws IOException {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("mamxanh-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=" + screen.width + "," + screen.height,
                // An English browser on purpose: Vietnamese must win without the user choosing it.
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(screen.width, screen.height));
    }

    public static Browser open(int port) {
        return open(port, Screen.DESKTOP);
    }

    public static Browser open(int port, Screen screen) {
        try {
            return new Browser(port, screen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireInstalled(Path executable, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Browser tests need " + executable + ": install the Debian package '"
                    + debianPackage + "' (apt-get install chromium chromium-driver; .ci/run does this).");
        }
    }

    /** Logs in through the Vietnamese login page and waits until the app has let the person in. */
    public Browser logIn(String user) {
        return logIn(user, HttpTestClient.DEMO_PASSWORD);
    }

    public Browser logIn(String user, String password) {
        go("/login");
        WebElement username = waitFor(By.id("username"));
        username.clear();
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        try {
            new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (TimeoutException e) {
            throw failure("Login as " + user + " did not leave the login page", e);
        }
        return this;
    }

    /** Resizes the window, e.g. to see a page as it shows on a phone. */
    public Browser resize(Screen screen) {
        driver.manage().window().setSize(new Dimension(screen.width, screen.height));
        return this;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Waits until the text is visible somewhere on the page (what a person reads, not the HTML source). */
    public Browser waitForText(String text) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> visibleText().contains(text));
        } catch (TimeoutException e) {
            throw failure("'" + text + "' did not appear", e);
        }
        return this;
    }

    public Browser waitForTextGone(String text) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> !visibleText().contains(text));
        } catch (TimeoutException e) {
            throw failure("'" + text + "' did not go away", e);
        }
        return this;
    }

    public WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw failure(locator + " did not become visible", e);
        }
    }

    public Browser click(By locator) {
        try {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
        } catch (TimeoutException e) {
            throw failure(locator + " could not be clicked", e);
        }
        return this;
    }

    public Browser waitForUrl(String fragment) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains(fragment));
        } catch (TimeoutException e) {
            throw failure("The address never contained '" + fragment + "'", e);
        }
        return this;
    }

    public String visibleText() {
        List<WebElement> bodies = driver.findElements(By.tagName("body"));
        return bodies.isEmpty() ? "" : bodies.get(0).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the screen shows now as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failed wait names what was expected, where the browser was and what it showed, with a screenshot. */
    private AssertionError failure(String what, TimeoutException cause) {
        Path shot = screenshot("failure-" + System.currentTimeMillis());
        String text = visibleText();
        return new AssertionError(what + " within " + WAIT.toSeconds() + " s at " + driver.getCurrentUrl()
                + " (screenshot " + shot + "). The page showed:\n"
                + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text), cause);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
