package io.modellab.evalharness.plots.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dataset explorer opened from disk in headless Chromium, as a person would see it. */
class DatasetExplorerInBrowserTest extends InBrowserTest {

    @Test
    void theExplorerShowsItsSectionsWithoutErrorsFetchesOrOverflowAtBothWidths() throws IOException {
        Path page = write("explorer.html", DatasetExplorer.render(DatasetFixtures.version(DatasetFixtures.PLAIN)));

        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            browser.open(page);

            assertThat(browser.consoleProblems()).as("console at " + width).isEmpty();
            assertThat(browser.fetches()).as("network fetches").isZero();
            assertThat(browser.overflowPixels()).as("sideways overflow at " + width + " px").isLessThanOrEqualTo(0);
            assertThat(browser.js("return Array.from(document.querySelectorAll('h2')).map(h => h.textContent)"))
                    .isEqualTo(List.of("Schema", "Missingness", "Label balance", "Split", "Distributions", "Top values",
                            "Files"));
            assertThat(browser.js("return document.querySelectorAll('figure img').length")).isEqualTo(2L);
            assertThat(browser.js("return Array.from(document.images).every(i => i.complete && i.naturalWidth === 640)"))
                    .as("every histogram decoded").isEqualTo(true);
            assertThat(browser.js("return Array.from(document.querySelectorAll('#split-table td:nth-child(2)'))"
                    + ".map(td => td.textContent)")).isEqualTo(List.of("700", "300"));
            assertThat(browser.js("return document.querySelector('#missing-table meter').value")).isEqualTo(0.01);
            browser.screenshot(SCREENSHOTS.resolve("dataset-explorer-fixture-" + width + ".png"));
        }
    }

    @Test
    void noPayloadInColumnNamesOrValuesRunsAndEachShowsAsText() throws IOException {
        java.util.Set<String> tried = new java.util.HashSet<>();
        for (int offset = 0; offset < Payloads.ALL.size(); offset += 9) {
            int shift = offset;
            List<String> used = new ArrayList<>();
            Path page = write("attack-" + offset + ".html", DatasetExplorer.render(DatasetFixtures.version(i -> {
                used.add(Payloads.ALL.get((used.size() + shift) % Payloads.ALL.size()));
                return used.get(used.size() - 1);
            })));
            browser.open(page);

            assertThat(browser.js("return window.__xss === undefined && document.querySelector('[data-xss]') === null"))
                    .as("no payload ran (offset " + offset + ")").isEqualTo(true);
            assertThat(browser.js("return document.scripts.length")).isEqualTo(1L);
            assertThat(browser.js("return Array.from(document.querySelectorAll('*')).flatMap(e => "
                    + "Array.from(e.attributes)).filter(a => a.name.startsWith('on')).length")).isEqualTo(0L);
            String text = (String) browser.js("return document.body.textContent");
            for (String payload : used) {
                assertThat(text).as("payload shown as text").contains(payload);
            }
            assertThat(browser.consoleProblems()).isEmpty();
            tried.addAll(used);
        }
        assertThat(tried).as("every payload was a column name or a value somewhere").containsAll(Payloads.ALL);
    }

    @Test
    void theMissingnessTableSortsUnderThePolicy() throws IOException {
        browser.open(write("sort.html", DatasetExplorer.render(DatasetFixtures.version(DatasetFixtures.PLAIN))));

        browser.js("document.querySelector('#missing-table th:nth-child(3)').click()");
        browser.js("document.querySelector('#missing-table th:nth-child(3)').click()");

        assertThat(browser.js("return document.querySelector('#missing-table tbody td').textContent"))
                .as("most missing first").isEqualTo("comment");
        assertThat(browser.consoleProblems()).isEmpty();
    }
}
