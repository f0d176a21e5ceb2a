package io.modellab.evalharness.plots.html;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs) driven
 * through Selenium, for tests that look at pages as a person would. Pages open from disk with networking off.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("modellab.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("modellab.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test, saying why, when Chromium or its driver is not installed. */
    public static void assumeAvailable() {
        Optional<String> missing = missing();
        missing.ifPresent(reason -> System.err.println("SKIPPED browser test: " + reason));
        Assumptions.assumeTrue(missing.isEmpty(), missing.orElse(""));
    }

    private static Optional<String> missing() {
        for (String tool : List.of(CHROMIUM, DRIVER)) {
            if (!Files.isExecutable(Path.of(tool))) {
                return Optional.of(tool + " is not installed (apt-get install chromium chromium-driver; .ci/run does)");
            }
        }
        return Optional.empty();
    }

    /** Starts a browser window of the given size. */
    public static Browser start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("modellab-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /** Opens a file and waits for it to load. */
    public void open(Path file) {
        driver.get(file.toAbsolutePath().toUri().toString());
    }

    /** Resizes the window. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Clicks the first element {@code css} selects, as a person would (it must be visible). */
    public void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    /** Types {@code text} into the first element {@code css} selects, key by key. */
    public void type(String css, String text) {
        driver.findElement(By.cssSelector(css)).sendKeys(text);
    }

    /** Empties the field {@code css} selects. */
    public void clear(String css) {
        driver.findElement(By.cssSelector(css)).clear();
    }

    /** Runs a script in the page and returns its value. */
    public Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Console messages of level warning or worse since the last call, CSP violations included. */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Resources the page fetched (images as data URIs are not fetches). */
    public long fetches() {
        return ((Number) js("return performance.getEntriesByType('resource').length")).longValue();
    }

    /** The page is no wider than the window: nothing overflows sideways. */
    public long overflowPixels() {
        return ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
    }

    /** Saves a screenshot of the whole page (the window grown to the page's height). */
    public void screenshot(Path to) throws IOException {
        Dimension size = driver.manage().window().getSize();
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        resize(size.getWidth(), (int) Math.min(height + 120, 16_000));
        Files.createDirectories(to.getParent());
        Files.write(to, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        resize(size.getWidth(), size.getHeight());
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
