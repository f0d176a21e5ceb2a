package io.modellab.assertj;

import static io.modellab.assertj.ModelLabAssertions.assertThat;
import static io.modellab.assertj.ModelLabAssertions.assertThatComparison;
import static io.modellab.assertj.SyntheticProject.BASELINE;
import static io.modellab.assertj.SyntheticProject.IMPROVED;
import static io.modellab.assertj.SyntheticProject.OTHER_DATA;
import static io.modellab.assertj.SyntheticProject.TWEAKED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.schema.Comparison;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Improvements and slice regressions between runs, on comparisons compare mode made. */
class ComparisonAssertTest {

    static SyntheticProject project;
    /** The strong model against the weak baseline: clearly better. */
    static Comparison better;
    /** The weak baseline against the strong model: clearly worse everywhere. */
    static Comparison worse;
    /** Three misses fixed: better, within noise. */
    static Comparison tweaked;

    @BeforeAll
    static void compareTheRuns() {
        project = SyntheticProject.shared();
        better = project.compare(BASELINE, IMPROVED);
        worse = project.compare(IMPROVED, BASELINE);
        tweaked = project.compare(IMPROVED, TWEAKED);
    }

    @Test
    void aClearlyBetterModelImprovesSignificantly() {
        assertThat(better).improves("roc_auc").significantly();
        assertThatComparison(project.compareDir(BASELINE, IMPROVED)).improves("roc_auc").significantly();
    }

    @Test
    void aSmallerLossIsAnImprovement() {
        Comparison.Delta logLoss = delta(better, "log_loss");
        assertThat(logLoss.delta()).isNegative();

        Comparison.Delta back = delta(worse, "log_loss");

        assertThat(better).improves("log_loss");
        assertThatThrownBy(() -> assertThat(worse).improves("log_loss"))
                .hasMessage(String.format("%nExpecting log_loss to improve from run %s to run %s (lower is better), but"
                        + " it went from:%n"
                        + "  %s%n"
                        + "to:%n"
                        + "  %s%n"
                        + "delta %s, no paired interval, verdict not_tested", IMPROVED, BASELINE, back.reference(),
                        back.candidate(), back.delta()));
    }

    @Test
    void aWorseModelFailsToImproveWithBothValuesTheIntervalAndTheVerdict() {
        Comparison.Delta auc = delta(worse, "roc_auc");

        assertThatThrownBy(() -> assertThat(worse).improves("roc_auc"))
                .hasMessage(String.format("%nExpecting roc_auc to improve from run %s to run %s (higher is better), but"
                        + " it went from:%n"
                        + "  %s%n"
                        + "to:%n"
                        + "  %s%n"
                        + "delta %s, 95%% paired bootstrap interval [%s, %s], verdict worse", IMPROVED, BASELINE,
                        auc.reference(), auc.candidate(), auc.delta(), auc.ciLower(), auc.ciUpper()));
    }

    @Test
    void anImprovementWhoseIntervalReachesZeroIsNotSignificant() {
        Comparison.Delta auc = delta(tweaked, "roc_auc");

        assertThat(tweaked).improves("roc_auc");
        assertThatThrownBy(() -> assertThat(tweaked).improves("roc_auc").significantly())
                .hasMessage(String.format("[roc_auc from run %s to run %s] %n"
                        + "Expecting the 95%% paired bootstrap interval of the change in roc_auc from run %s to run"
                        + " %s:%n"
                        + "  [%s, %s]%n"
                        + "to lie entirely above 0 (higher is better), but it does not%n"
                        + "roc_auc: %s to %s, delta %s, verdict no_clear_change, 400 paired rows, 1000 resamples",
                        IMPROVED, TWEAKED, IMPROVED, TWEAKED, auc.ciLower(), auc.ciUpper(), auc.reference(),
                        auc.candidate(), auc.delta()));
    }

    @Test
    void aMetricCompareModeDidNotResampleHasNoIntervalToBeSignificant() {
        assertThatThrownBy(() -> assertThat(better).improves("log_loss").significantly())
                .hasMessage(String.format("[log_loss from run %s to run %s] %n"
                        + "Expecting the change in log_loss from run %s to run %s to have a paired bootstrap interval,"
                        + " but the comparison has none (verdict not_tested): compare mode computed no interval for"
                        + " this metric", BASELINE, IMPROVED, BASELINE, IMPROVED));
    }

    @Test
    void runsOnAnotherDatasetVersionCannotImproveSignificantly() {
        Comparison otherData = project.compare(BASELINE, OTHER_DATA);

        assertThatThrownBy(() -> assertThat(otherData).improves("roc_auc").significantly())
                .hasMessage(String.format("[roc_auc from run %s to run %s] %n"
                        + "Expecting the change in roc_auc from run %s to run %s to have a paired bootstrap interval,"
                        + " but the comparison has none (verdict not_tested): the runs used different dataset versions"
                        + " or splits, so their test rows are not one population: differences are shown without"
                        + " intervals", BASELINE, OTHER_DATA, BASELINE, OTHER_DATA));
    }

    @Test
    void aMisspeltMetricFailsNamingTheMetricsCompared() {
        String names = better.metricDeltas().stream().map(Comparison.Delta::name).collect(Collectors.joining(", "));

        assertThatThrownBy(() -> assertThat(better).improves("auc"))
                .hasMessage(String.format("%nExpecting the comparison of run %s with run %s to report metric \"auc\","
                        + " but it reports only:%n  %s", IMPROVED, BASELINE, names));
    }

    @Test
    void noSliceRegressingPasses() {
        assertThat(better).doesNotRegressAnySliceBy(0.05);
        assertThat(better).doesNotRegressAnySliceBy(0);
    }

    @Test
    void slicesThatGotWorseByMoreThanAllowedAreListed() {
        double allowed = 0.3;
        List<String> regressions = worse.sliceDeltas().stream().filter(s -> s.delta() != null && -s.delta() > allowed)
                .map(s -> "  " + s.name() + ", " + s.metric() + ": " + s.reference() + " to " + s.candidate()
                        + " (delta " + s.delta() + "; " + s.referenceSize() + " and " + s.candidateSize() + " rows)")
                .toList();
        assertThat(regressions).hasSizeBetween(1, worse.sliceDeltas().size() - 1);

        assertThatThrownBy(() -> assertThat(worse).doesNotRegressAnySliceBy(allowed))
                .hasMessage(String.format("%nExpecting no slice to get worse by more than:%n"
                        + "  0.3%n"
                        + "from run %s to run %s, but %s of the %s slice metrics compared did:%n"
                        + "%s", IMPROVED, BASELINE, regressions.size(), worse.sliceDeltas().size(),
                        String.join(System.lineSeparator(), regressions)));
    }

    @Test
    void aComparisonWithoutSlicesCannotShowThatNoSliceRegressed() {
        Comparison c = better;
        Comparison noSlices = new Comparison(c.schemaVersion(), c.project(), c.reference(), c.candidate(),
                c.significance(), c.metricDeltas(), List.of(), c.failures(), c.failureModes(), c.configChanges(),
                c.dataset(), c.artifactChanges(), c.answers());

        assertThatThrownBy(() -> assertThat(noSlices).doesNotRegressAnySliceBy(0.05))
                .hasMessage(String.format("%nExpecting the comparison of run %s with run %s to compare slices, but it"
                        + " has no slice both runs define the same way", IMPROVED, BASELINE));
    }

    @Test
    void aNegativeAllowanceIsAMistake() {
        assertThatThrownBy(() -> assertThat(better).doesNotRegressAnySliceBy(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the largest allowed worsening must be 0 or more, got -0.1");
    }

    private static Comparison.Delta delta(Comparison c, String metric) {
        return c.metricDeltas().stream().filter(d -> d.name().equals(metric)).findFirst().orElseThrow();
    }
}
