package io.modellab.evalharness.plots.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modellab.evalharness.core.schema.ColumnPermutationImportance;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.plots.CurvePlots;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.plots.PlotsTestAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run report's stress section, built from a stress.json whose names come from one source of text. */
class StressSectionTest {

    @TempDir
    Path dir;

    /** The fixture's report inputs with a stress table: a column shuffle and label noise at 0 and 40 %. */
    static RunReports.Inputs withStress(IntFunction<String> text) {
        RunReports.Inputs in = ReportFixtures.inputs(text);
        String column = text.apply(200);
        String shuffle = "shuffle_column[" + column + "]";
        List<MetricValue> clean = List.of(MetricValue.of("roc_auc", 0.79), MetricValue.of("accuracy", 0.76));
        StressReport stress = new StressReport(SchemaVersion.CURRENT, ReportFixtures.RUN, 42L,
                "percentile_bootstrap (paired difference)", 0.95, 1000, List.of(0.0, 0.4),
                List.of("roc_auc", "accuracy"), clean,
                List.of(new StressCorruption(shuffle, "shuffle_column", List.of(column), text.apply(201)),
                        new StressCorruption("label_noise", "label_noise", List.of(), "labels changed")),
                List.of(row(shuffle, 0.0, 0, 0.79, 0.0, 0.0, 0.0), row(shuffle, 0.4, 120, 0.71, -0.08, -0.11, -0.05),
                        row("label_noise", 0.0, 0, 0.79, 0.0, 0.0, 0.0),
                        row("label_noise", 0.4, 120, 0.6, -0.19, -0.24, -0.14)),
                "roc_auc", List.of(new ColumnPermutationImportance(column, 0.12, 0.09, 0.15),
                        new ColumnPermutationImportance("age", 0.0, 0.0, 0.0)),
                List.of("plots/degradation_roc_auc.png"));
        Map<String, byte[]> plots = new LinkedHashMap<>();
        plots.put("degradation_roc_auc.png", PlotsTestAccess.render(CurvePlots.degradation("roc_auc under stress",
                "roc_auc", List.of(new CurvePlots.Curve(shuffle, new double[] {0, 0.4}, new double[] {0.79, 0.71},
                        new double[] {0.79, 0.68}, new double[] {0.79, 0.74})), ImageFormat.PNG)));
        return new RunReports.Inputs(in.run(), in.leakage(), in.summary(), in.metrics(), in.intervals(), in.slices(),
                in.failures(), in.takeaway(), in.repro(), in.plots(), stress, plots, false);
    }

    private static Degradation row(String corruption, double severity, int touched, double auc, double delta,
                                   double lower, double upper) {
        return new Degradation(corruption, severity, 300, touched, List.of(
                new DegradedMetric("roc_auc", 0.79, auc, delta, lower, upper),
                new DegradedMetric("accuracy", 0.76, null, null, null, null)));
    }

    @Test
    void theSectionShowsTheCleanRowThenEveryCorruptionAboveZeroWithItsDifferenceAndInterval() {
        RunReportView view = RunReports.view(withStress(i -> i == 200 ? "checking_status" : ReportFixtures.PLAIN.apply(i)));

        RunReportView.Stress stress = view.stress();
        assertThat(stress.method()).isEqualTo("percentile_bootstrap (paired difference), 1,000 resamples, seed 42, 95 % level");
        assertThat(stress.rows()).extracting(RunReportView.StressRow::corruption, RunReportView.StressRow::severity)
                .containsExactly(tuple("none (clean test rows)", "0 %"),
                        tuple("shuffle_column[checking_status]", "40 %"),
                        tuple("label_noise", "40 %"));
        assertThat(stress.rows().get(1).cells()).containsExactly(
                new RunReportView.StressCell("0.710", "-0.080", "[-0.110, -0.050]"),
                new RunReportView.StressCell(Fmt.UNDEFINED, Fmt.UNDEFINED, ""));
        assertThat(stress.rows().get(0).cells().get(0).value()).isEqualTo("0.790");
        assertThat(stress.importance()).extracting(RunReportView.Importance::column).containsExactly("checking_status", "age");
        assertThat(stress.plots()).singleElement().extracting(RunReportView.Image::fileName)
                .isEqualTo("degradation_roc_auc.png");
        assertThat(RunReports.view(ReportFixtures.inputs(ReportFixtures.PLAIN)).stress()).as("no stress.json").isNull();
    }

    @Test
    void namesFromTheDataAreEscapedInTheStressSectionToo() {
        String html = RunReports.render(withStress(i -> Payloads.ALL.get(i % Payloads.ALL.size())));

        assertThat(html).contains("<h2 id=\"stress\">Stress</h2>").doesNotContain("<script>window")
                .doesNotContain("<img src=x").doesNotContain("<iframe");
    }

    @Test
    void theSectionOpensInChromiumWithoutOverflowAtBothWidths() throws IOException {
        Browser.assumeAvailable();
        List<String> used = new ArrayList<>();
        Path page = Files.writeString(dir.resolve("stress.html"), RunReports.render(withStress(i -> {
            used.add(Payloads.ALL.get((i * 7) % Payloads.ALL.size()));
            return used.get(used.size() - 1);
        })), StandardCharsets.UTF_8);
        try (Browser browser = Browser.start(1280, 900)) {
            for (int width : new int[] {1280, 390}) {
                browser.resize(width, 900);
                browser.open(page);

                assertThat(browser.consoleProblems()).as("console at " + width).isEmpty();
                assertThat(browser.fetches()).isZero();
                assertThat(browser.overflowPixels()).as("sideways overflow at " + width + " px").isLessThanOrEqualTo(0);
                assertThat(browser.js("return window.__xss === undefined && document.querySelector('[data-xss]') === null"))
                        .isEqualTo(true);
                assertThat(browser.js("return document.querySelectorAll('#stress ~ .plots figure img').length"))
                        .isEqualTo(1L);
                String text = (String) browser.js("return document.body.textContent");
                assertThat(used).allSatisfy(payload -> assertThat(text).contains(payload));
            }
        }
    }
}
