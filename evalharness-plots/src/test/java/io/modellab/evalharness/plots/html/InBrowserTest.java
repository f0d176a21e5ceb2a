package io.modellab.evalharness.plots.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** What the page tests share: one headless Chromium per test class, a folder for the pages, and screenshots. */
abstract class InBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Browser browser;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeAvailable();
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Writes a page into the test's folder. */
    static Path write(String name, String html) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }
}
