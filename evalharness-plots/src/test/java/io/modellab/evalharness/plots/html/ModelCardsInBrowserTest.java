package io.modellab.evalharness.plots.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Model card pages opened from disk in headless Chromium, at a desktop and a phone width. */
class ModelCardsInBrowserTest extends InBrowserTest {

    private static final String VISIBLE_TYPES = "return Array.from(document.querySelectorAll('#feature-table tbody tr'))"
            + ".filter(r => r.offsetParent !== null).map(r => r.children[1].textContent)";
    private static final String VISIBLE_NAMES = "return Array.from(document.querySelectorAll('#feature-table tbody tr'))"
            + ".filter(r => r.offsetParent !== null).map(r => r.children[0].textContent)";

    static Stream<Arguments> cards() {
        return Stream.of(Arguments.of("ours", CardFixtures.ours(CardFixtures.PLAIN)),
                Arguments.of("featrix-credit-g", CardFixtures.real(CardFixtures.CREDIT_G)),
                Arguments.of("featrix-titanic", CardFixtures.real(CardFixtures.TITANIC)),
                Arguments.of("featrix-expected-shape", CardFixtures.real(CardFixtures.SHAPE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void everyCardShowsItsSectionsWithoutErrorsFetchesOrOverflowAtBothWidths(String name, ModelCard card)
            throws IOException {
        Path page = write(name + ".html", ModelCardPages.render(card));

        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            browser.open(page);

            assertThat(browser.consoleProblems()).as("console at " + width).isEmpty();
            assertThat(browser.fetches()).as("network fetches").isZero();
            Object wide = browser.js("return Array.from(document.querySelectorAll('body *')).filter(e => "
                    + "e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5)"
                    + ".map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().right)");
            assertThat(browser.overflowPixels()).as("sideways overflow at " + width + " px: " + wide).isLessThanOrEqualTo(0);
            assertThat(browser.js("return Array.from(document.querySelectorAll('h2')).map(h => h.textContent)"))
                    .asList().startsWith("Warnings", "Metrics", "Data summary", "Features", "Quality", "Training");
            assertThat(browser.js("return Array.from(document.querySelectorAll('details.section'))"
                    + ".every(d => !d.open)")).as("technical details and provenance collapsed").isEqualTo(true);
            assertThat(browser.js("return Array.from(document.images).every(i => i.complete && i.naturalWidth === 640)"))
                    .as("every chart decoded").isEqualTo(true);
            browser.screenshot(SCREENSHOTS.resolve("model-card-" + name + "-" + width + ".png"));
        }
    }

    @Test
    void theMetricsAreASidebarOnAWideScreenAndStackOnANarrowOne() throws IOException {
        Path page = write("layout.html", ModelCardPages.render(CardFixtures.ours(CardFixtures.PLAIN)));
        String sideLeftOfMain = "var s = document.querySelector('.card-side').getBoundingClientRect();"
                + " var m = document.querySelector('.card-main').getBoundingClientRect();";

        browser.resize(1280, 900);
        browser.open(page);
        assertThat(browser.js(sideLeftOfMain + " return s.left >= m.right && s.top === m.top")).as("sidebar at 1280")
                .isEqualTo(true);
        assertThat(browser.js("return document.querySelector('.tile').title")).asString().startsWith("accuracy: Share of rows");

        browser.resize(390, 900);
        browser.open(page);
        assertThat(browser.js(sideLeftOfMain + " return s.bottom <= m.top && Math.abs(s.left - m.left) < 1"))
                .as("metrics above the rest at 390").isEqualTo(true);
        assertThat(browser.js("return getComputedStyle(document.querySelector('.badge.st-DONE')).backgroundColor"))
                .as("DONE is green").isEqualTo("rgb(218, 251, 225)");
        assertThat(browser.js("return getComputedStyle(document.querySelector('details.warning.w-HIGH')).borderLeftColor"))
                .as("HIGH is red").isEqualTo("rgb(207, 34, 46)");
    }

    @Test
    void clickingATypeAndTypingASearchFilterTheFeatureTable() throws IOException {
        Path page = write("filter.html", ModelCardPages.render(CardFixtures.real(CardFixtures.TITANIC)));
        browser.resize(1280, 900);
        browser.open(page);

        assertThat(browser.js(VISIBLE_TYPES)).asList().hasSize(13);
        assertThat(browser.js("return document.querySelector('.filter-count').textContent")).isEqualTo("13 of 13 shown");

        browser.click("button[data-type='set']");
        assertThat(browser.js(VISIBLE_TYPES)).asList().hasSize(4).containsOnly("set");
        assertThat(browser.js("return document.querySelector('.filter-count').textContent")).isEqualTo("4 of 13 shown");

        browser.click("button[data-type='scalar']");
        assertThat(browser.js(VISIBLE_TYPES)).asList().hasSize(6).containsOnly("scalar");

        browser.type(".filters input", "Ro");
        assertThat(browser.js(VISIBLE_NAMES)).as("scalars whose row holds \"ro\"").isEqualTo(List.of("RoomService"));

        browser.click("button[data-type='']");
        assertThat(browser.js(VISIBLE_NAMES)).as("all types, still searched: Europa is a sample value of HomePlanet")
                .isEqualTo(List.of("HomePlanet", "RoomService"));

        browser.clear(".filters input");
        browser.type(".filters input", "\b");
        browser.click("#feature-table th:first-child");
        assertThat(browser.js("return document.querySelector('#feature-table tbody tr td').textContent"))
                .as("sorted by name").isEqualTo("Age");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void withoutTheScriptEveryFeatureIsShownAndTheFilterIsHidden() throws IOException {
        String html = ModelCardPages.render(CardFixtures.real(CardFixtures.TITANIC));
        Path page = write("no-script.html", html.replaceFirst("(?s)<script>.*</script>", ""));
        browser.open(page);

        assertThat(browser.js(VISIBLE_TYPES)).asList().hasSize(13);
        assertThat(browser.js("return document.querySelector('.filters').offsetParent === null")).isEqualTo(true);
    }

    @Test
    void noPayloadInFeatureNamesWarningsOrUnknownSectionsRunsAndEachShowsAsText() throws IOException {
        for (int offset = 0; offset < Payloads.ALL.size(); offset += 9) {
            int shift = offset;
            List<String> used = new ArrayList<>();
            ModelCard card = CardFixtures.ours(i -> {
                used.add(Payloads.ALL.get((i + shift) % Payloads.ALL.size()));
                return used.get(used.size() - 1);
            });
            Path page = write("attack-" + offset + ".html", ModelCardPages.render(card));
            browser.resize(1280, 900);
            browser.open(page);
            browser.js("document.querySelectorAll('details').forEach(d => d.open = true)");
            browser.type(".filters input", "x");

            assertThat(browser.js("return window.__xss === undefined && document.querySelector('[data-xss]') === null"))
                    .as("no payload ran (offset " + offset + ")").isEqualTo(true);
            assertThat(browser.js("return document.scripts.length")).isEqualTo(1L);
            assertThat(browser.js("return Array.from(document.querySelectorAll('*')).flatMap(e => "
                    + "Array.from(e.attributes)).filter(a => a.name.startsWith('on')).length")).isEqualTo(0L);
            String text = (String) browser.js("return document.body.textContent");
            assertThat(used).hasSizeGreaterThanOrEqualTo(40);
            for (String payload : used) {
                assertThat(text).as("payload shown as text").contains(payload);
            }
            assertThat(browser.consoleProblems()).isEmpty();
        }
    }

    @Test
    void theComparisonPageShowsTheCardsSideBySideAtBothWidths() throws IOException {
        Path page = write("compare.html", ModelCardPages.renderComparison(List.of(
                new ModelCardPages.Entry("ours", null, CardFixtures.ours(CardFixtures.PLAIN)),
                new ModelCardPages.Entry(CardFixtures.CREDIT_G, null, CardFixtures.real(CardFixtures.CREDIT_G)),
                new ModelCardPages.Entry(CardFixtures.TITANIC, null, CardFixtures.real(CardFixtures.TITANIC)))));

        for (int width : new int[] {1280, 390}) {
            browser.resize(width, 900);
            browser.open(page);

            assertThat(browser.consoleProblems()).isEmpty();
            assertThat(browser.fetches()).isZero();
            assertThat(browser.overflowPixels()).as("sideways overflow at " + width + " px").isLessThanOrEqualTo(0);
            assertThat(browser.js("return document.querySelectorAll('table.compare-cards thead th').length"))
                    .isEqualTo(4L);
            browser.screenshot(SCREENSHOTS.resolve("model-card-compare-" + width + ".png"));
        }
    }
}
