package io.modellab.evalharness.plots.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The run report's HTML as text: what a browser test cannot see cheaply. */
class RunReportsTest {

    @Test
    void theSameInputsGiveTheSameBytes() {
        assertThat(RunReports.render(ReportFixtures.inputs(ReportFixtures.PLAIN)))
                .isEqualTo(RunReports.render(ReportFixtures.inputs(ReportFixtures.PLAIN)));
    }

    @Test
    void everyPayloadIsEscapedWhereverItLands() {
        String html = RunReports.render(ReportFixtures.inputs(i -> Payloads.ALL.get(i % Payloads.ALL.size())));

        assertThat(html).doesNotContain("<script>window").doesNotContain("<img src=x").doesNotContain("<svg")
                .doesNotContain("<iframe").doesNotContain("<object").doesNotContain("<base ")
                .doesNotContain("<style>body").doesNotContain("<video").doesNotContain("<input");
        assertThat(html).contains("&lt;script&gt;window.__xss=1&lt;/script&gt;");
        assertThat(count(html, "<script")).as("only the table script").isEqualTo(1);
    }

    @Test
    void thePolicyAllowsOnlyThePagesOwnScriptAndNoNetwork() throws Exception {
        String html = RunReports.render(ReportFixtures.inputs(ReportFixtures.PLAIN));

        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                + "img-src data:; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-" + hash + "&#39;;");
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
    }

    @Test
    void itShowsTheRunsFactsAndNumbers() {
        String html = RunReports.render(ReportFixtures.inputs(ReportFixtures.PLAIN));

        assertThat(html).contains("<h1>logistic_regression <span class=\"muted\">run " + ReportFixtures.RUN)
                .contains("<td>roc_auc</td><td class=\"num\">0.790</td><td class=\"num\">0.738 \u2013 0.843</td>"
                        + "<td class=\"num\">0.500</td><td class=\"num\">+0.290</td>")
                .contains("<a href=\"../" + ReportFixtures.BASELINE + "/report.html\">")
                .contains("percentile_bootstrap, 1,000 resamples, seed 42, 95 % level")
                .contains("data:image/png;base64,");
    }

    @Test
    void theReportLinksTheModelCardOnlyWhenTheRunHasOne() {
        RunReports.Inputs in = ReportFixtures.inputs(ReportFixtures.PLAIN);
        RunReports.Inputs withCard = new RunReports.Inputs(in.run(), in.leakage(), in.summary(), in.metrics(),
                in.intervals(), in.slices(), in.failures(), in.takeaway(), in.repro(), in.plots(), null, Map.of(), true);

        assertThat(RunReports.render(in)).doesNotContain("model_card.html");
        assertThat(RunReports.render(withCard)).contains("<a href=\"model_card.html\">Model card</a>");
    }

    @Test
    void slicesAreSortedWorstFirstAndSmallOnesFlagged() {
        RunReportView view = RunReports.view(ReportFixtures.inputs(ReportFixtures.PLAIN));

        assertThat(view.sliceMetric()).isEqualTo("roc_auc");
        assertThat(view.slices()).extracting(RunReportView.SliceRow::value).containsExactly("0.580", "0.760", "0.840");
        assertThat(view.slices()).extracting(RunReportView.SliceRow::small).containsExactly(false, true, false);
    }

    @Test
    void aRegressionsSlicesAreSortedHighestErrorFirst() {
        RunReportView view = RunReports.view(ReportFixtures.regressionInputs());

        assertThat(view.header().task()).isEqualTo("regression");
        assertThat(view.sliceMetric()).isEqualTo("rmse");
        assertThat(view.sliceOrder()).isEqualTo("highest first");
        assertThat(view.slices()).extracting(RunReportView.SliceRow::value).containsExactly("88.000", "70.200", "4.100");
        assertThat(view.perClass()).isEmpty();
        assertThat(view.headline()).extracting(RunReportView.Headline::delta).containsExactly("-99.500", "-59.600",
                "+0.920");
    }

    @Test
    void nestedConfigBecomesDottedKeys() {
        RunReportView view = RunReports.view(ReportFixtures.inputs(ReportFixtures.PLAIN));

        assertThat(view.config()).extracting(RunReportView.Setting::key).contains("template", "preprocessing.impute");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
