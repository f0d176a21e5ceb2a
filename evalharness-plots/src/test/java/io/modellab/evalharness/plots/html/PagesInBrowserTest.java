package io.modellab.evalharness.plots.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages opened from disk in headless Chromium, as a person would see them. */
class PagesInBrowserTest extends InBrowserTest {

    @Test
    void aRunReportShowsItsSectionsWithoutErrorsOrFetchesAtBothWidths() throws IOException {
        Path page = write("report.html", RunReports.render(ReportFixtures.inputs(ReportFixtures.PLAIN)));

        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            browser.open(page);

            assertThat(browser.consoleProblems()).as("console at " + width).isEmpty();
            assertThat(browser.fetches()).as("network fetches").isZero();
            assertThat(browser.overflowPixels()).as("sideways overflow at " + width + " px").isLessThanOrEqualTo(0);
            assertThat(browser.js("return Array.from(document.querySelectorAll('h2')).map(h => h.textContent)"))
                    .isEqualTo(List.of("Takeaway", "Headline metrics", "Rules", "Plots", "Slices, worst first",
                            "Failure examples", "All metrics", "Configuration", "Reproduce"));
            assertThat(browser.js("return document.querySelectorAll('figure img').length")).isEqualTo(2L);
            assertThat(browser.js("return Array.from(document.images).every(i => i.complete && i.naturalWidth === 640)"))
                    .as("every plot decoded").isEqualTo(true);
            browser.screenshot(SCREENSHOTS.resolve("run-report-fixture-" + width + ".png"));
        }
    }

    @Test
    void aRegressionRunReportShowsItsErrorsWorstSliceFirstAndItsPlots() throws IOException {
        Path page = write("regression-report.html", RunReports.render(ReportFixtures.regressionInputs()));

        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            browser.open(page);

            assertThat(browser.consoleProblems()).as("console at " + width).isEmpty();
            assertThat(browser.fetches()).as("network fetches").isZero();
            assertThat(browser.overflowPixels()).as("sideways overflow at " + width + " px").isLessThanOrEqualTo(0);
            assertThat(browser.js("return Array.from(document.querySelectorAll('#headline ~ div table tbody tr td:first-child'))"
                    + ".slice(0, 3).map(td => td.textContent)")).isEqualTo(List.of("rmse", "mae", "r2"));
            assertThat(browser.js("return Array.from(document.querySelectorAll('#slice-table tbody tr td:first-child'))"
                    + ".map(td => td.textContent)"))
                    .isEqualTo(List.of("target in [113, 1150]", "MMAX in [16000, 64000]", "target in [9.5, 27)"));
            assertThat((String) browser.js("return document.body.textContent")).contains("Sorted by rmse, highest first")
                    .contains("Task").contains("regression").doesNotContain("Per class");
            assertThat(browser.js("return Array.from(document.images).every(i => i.complete && i.naturalWidth === 640)"))
                    .as("every plot decoded").isEqualTo(true);
            assertThat(browser.js("return document.querySelectorAll('figure img').length")).isEqualTo(2L);
            browser.screenshot(SCREENSHOTS.resolve("run-report-regression-" + width + ".png"));
        }
    }

    @Test
    void noPayloadRunsAndEachShowsAsText() throws IOException {
        for (int offset = 0; offset < Payloads.ALL.size(); offset += 7) {
            int shift = offset;
            List<String> used = new ArrayList<>();
            RunReports.Inputs inputs = ReportFixtures.inputs(i -> {
                used.add(Payloads.ALL.get((i + shift) % Payloads.ALL.size()));
                return used.get(used.size() - 1);
            });
            Path report = write("attack-" + offset + ".html", RunReports.render(inputs));
            browser.open(report);

            assertThat(browser.js("return window.__xss === undefined && document.querySelector('[data-xss]') === null"))
                    .as("no payload ran (offset " + offset + ")").isEqualTo(true);
            assertThat(browser.js("return document.scripts.length")).isEqualTo(1L);
            assertThat(browser.js("return Array.from(document.querySelectorAll('*')).flatMap(e => "
                    + "Array.from(e.attributes)).filter(a => a.name.startsWith('on')).length")).isEqualTo(0L);
            String text = (String) browser.js("return document.body.textContent");
            assertThat(used).hasSizeGreaterThanOrEqualTo(20);
            for (String payload : used) {
                assertThat(text).as("payload shown as text").contains(payload);
            }
            assertThat(browser.consoleProblems()).isEmpty();
        }
    }

    @Test
    void theSortScriptRunsUnderThePolicy() throws IOException {
        browser.open(write("sort.html", RunReports.render(ReportFixtures.inputs(ReportFixtures.PLAIN))));

        Object before = browser.js("return Array.from(document.querySelectorAll('#slice-table tbody tr td:nth-child(4)')).map(td => td.textContent)");
        browser.js("document.querySelector('#slice-table th:nth-child(4)').click()");
        browser.js("document.querySelector('#slice-table th:nth-child(4)').click()");
        Object after = browser.js("return Array.from(document.querySelectorAll('#slice-table tbody tr td:nth-child(4)')).map(td => td.textContent)");

        assertThat(before).isEqualTo(List.of("0.580", "0.760", "0.840"));
        assertThat(after).as("descending after two clicks").isEqualTo(List.of("0.840", "0.760", "0.580"));
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void theProjectIndexListsRunsNewestFirstAndLinksReports() throws IOException {
        Path root = dir.resolve("index-root");
        String attributeBreaker = "\" onmouseover=\"window.__xss=1\" data-xss=\"1";
        assertThat(Payloads.ALL).contains(attributeBreaker);
        ReportFixtures.writeProject(root, i -> i == 101 ? attributeBreaker : Payloads.ALL.get(i % Payloads.ALL.size()));
        Path page = ProjectIndex.write(root, "credit-g-demo");

        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            browser.open(page);

            assertThat(browser.consoleProblems()).isEmpty();
            assertThat(browser.fetches()).isZero();
            assertThat(browser.overflowPixels()).as("sideways overflow at " + width + " px").isLessThanOrEqualTo(0);
            assertThat(browser.js("return Array.from(document.querySelectorAll('tbody tr td:first-child'))"
                    + ".map(td => td.textContent)")).isEqualTo(List.of(ReportFixtures.RUN, ReportFixtures.BASELINE));
            assertThat(browser.js("return document.querySelector('tbody a').getAttribute('href')"))
                    .isEqualTo(ReportFixtures.RUN + "/report.html");
            assertThat(browser.js("return document.querySelector('tbody tr:nth-child(2) td:nth-child(4)').title"))
                    .as("the failure reason, as an attribute").isEqualTo(attributeBreaker);
            assertThat(browser.js("return window.__xss === undefined && document.querySelector('[data-xss]') === null"))
                    .isEqualTo(true);
            browser.screenshot(SCREENSHOTS.resolve("project-index-fixture-" + width + ".png"));
        }
    }

    @Test
    void aComparePageShowsEveryPayloadAsTextAndRunsNone() throws IOException {
        List<String> used = new ArrayList<>();
        io.modellab.evalharness.core.schema.Comparison c = ReportFixtures.comparison(i -> {
            used.add(Payloads.ALL.get((i * 5) % Payloads.ALL.size()));
            return used.get(used.size() - 1);
        });
        String notes = Payloads.ALL.get(0) + "\n" + Payloads.ALL.get(5);
        byte[] png = io.modellab.evalharness.plots.PlotsTestAccess.render(io.modellab.evalharness.plots.ClassificationPlots
                .roc("m", new double[] {0, 1}, new double[] {0, 1}, 0.5, io.modellab.evalharness.plots.ImageFormat.PNG));
        String uri = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
        Path page = write("compare.html", CompareReports.render(CompareReports.view(c, uri,
                List.of(new CompareReports.PlotPair("Roc curve", uri, uri)), notes)));

        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            browser.open(page);

            assertThat(browser.js("return window.__xss === undefined && document.querySelector('[data-xss]') === null"))
                    .isEqualTo(true);
            assertThat(browser.js("return document.scripts.length")).isEqualTo(1L);
            String text = (String) browser.js("return document.body.textContent");
            assertThat(used).hasSizeGreaterThanOrEqualTo(12);
            for (String payload : used) {
                assertThat(text).as("payload shown as text").contains(payload);
            }
            assertThat(text).contains(Payloads.ALL.get(0), Payloads.ALL.get(5));
            assertThat(browser.consoleProblems()).isEmpty();
            assertThat(browser.fetches()).isZero();
            assertThat(browser.overflowPixels()).as("sideways overflow at " + width + " px").isLessThanOrEqualTo(0);
            assertThat(browser.js("return document.querySelectorAll('#plots ~ .plots img').length")).isEqualTo(3L);
            browser.screenshot(SCREENSHOTS.resolve("compare-fixture-" + width + ".png"));
        }
    }
}
