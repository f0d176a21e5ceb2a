package io.modellab.assertj;

import static io.modellab.assertj.ModelLabAssertions.assertThat;
import static io.modellab.assertj.ModelLabAssertions.assertThatEvalFolder;
import static io.modellab.assertj.SyntheticProject.IMPROVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code metric(...)}, its bounds and its interval, on the strong model's eval folder. */
class MetricAssertTest {

    static SyntheticProject project;
    static Path evalDir;
    static double auc;
    static ConfidenceInterval aucInterval;
    static double logLoss;

    @BeforeAll
    static void readTheImprovedRun() {
        project = SyntheticProject.shared();
        evalDir = project.evalDir(IMPROVED);
        EvalFolder eval = project.eval(IMPROVED);
        auc = MetricValue.valueOf(eval.metrics().metrics(), "roc_auc");
        logLoss = MetricValue.valueOf(eval.metrics().metrics(), "log_loss");
        aucInterval = eval.confidenceIntervals().intervals().stream().filter(ci -> ci.metric().equals("roc_auc"))
                .findFirst().orElseThrow();
    }

    /** The last line of every roc_auc message: value, interval, method, resamples. */
    static String aucEvidence() {
        return "roc_auc: " + auc + ", 95% confidence interval [" + aucInterval.lower() + ", " + aucInterval.upper()
                + "] (bca_bootstrap, 1000 resamples)";
    }

    @Test
    void aMetricAboveTheBoundPasses() {
        assertThatEvalFolder(evalDir).metric("roc_auc").isAtLeast(auc).isAtLeast(0.9);
    }

    @Test
    void aMetricBelowTheBoundFailsNamingTheRunTheValueTheIntervalAndTheBound() {
        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("roc_auc").isAtLeast(0.99))
                .hasMessage(String.format("[metric roc_auc of run %s] %n"
                        + "Expecting roc_auc of run %s:%n"
                        + "  %s%n"
                        + "to be at least:%n"
                        + "  0.99%n"
                        + "%s", IMPROVED, IMPROVED, auc, aucEvidence()));
    }

    @Test
    void theLowerEndOfTheIntervalAboveTheBoundPasses() {
        assertThatEvalFolder(evalDir).metric("roc_auc").lowerBound().isAtLeast(0.9).isEqualTo(aucInterval.lower());
    }

    @Test
    void theLowerEndOfTheIntervalBelowTheBoundFails() {
        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("roc_auc").lowerBound().isAtLeast(0.95))
                .hasMessage(String.format("[lower bound of metric roc_auc of run %s] %n"
                        + "Expecting the lower end of the 95%% confidence interval of roc_auc of run %s:%n"
                        + "  %s%n"
                        + "to be at least:%n"
                        + "  0.95%n"
                        + "%s", IMPROVED, IMPROVED, aucInterval.lower(), aucEvidence()));
    }

    @Test
    void theUpperEndOfTheIntervalIsThereForMetricsWhereSmallerIsBetter() {
        assertThatEvalFolder(evalDir).metric("roc_auc").upperBound().isAtMost(1.0);

        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("roc_auc").upperBound().isAtMost(0.9))
                .hasMessage(String.format("[upper bound of metric roc_auc of run %s] %n"
                        + "Expecting the upper end of the 95%% confidence interval of roc_auc of run %s:%n"
                        + "  %s%n"
                        + "to be at most:%n"
                        + "  0.9%n"
                        + "%s", IMPROVED, IMPROVED, aucInterval.upper(), aucEvidence()));
    }

    @Test
    void aMetricWithoutAnIntervalSaysWhichMetricsHaveOne() {
        assertThatEvalFolder(evalDir).metric("log_loss").isAtMost(0.5);

        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("log_loss").isAtMost(0.3))
                .hasMessage(String.format("[metric log_loss of run %s] %n"
                        + "Expecting log_loss of run %s:%n"
                        + "  %s%n"
                        + "to be at most:%n"
                        + "  0.3%n"
                        + "log_loss: %s, no confidence interval (confidence_intervals.json has intervals only for"
                        + " [roc_auc, accuracy, f1])", IMPROVED, IMPROVED, logLoss, logLoss));
        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("log_loss").lowerBound())
                .hasMessage(String.format("[metric log_loss of run %s] %n"
                        + "Expecting log_loss of run %s to have a confidence interval, but confidence_intervals.json"
                        + " has intervals only for [roc_auc, accuracy, f1]", IMPROVED, IMPROVED));
    }

    @Test
    void aMisspeltMetricFailsNamingTheMetricsTheRunReports() {
        List<String> names = project.eval(IMPROVED).metrics().metrics().stream().map(MetricValue::name).toList();

        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("rocauc"))
                .hasMessage(String.format("%nExpecting run %s to report metric \"rocauc\", but it reports only:%n"
                        + "  %s", IMPROVED, String.join(", ", names)));
    }

    @Test
    void anUndefinedMetricFailsEveryBoundWithTheReasonTheFileGives() {
        EvalFolder eval = project.eval(IMPROVED);
        MetricsReport m = eval.metrics();
        MetricsReport undefinedAuc = new MetricsReport(m.schemaVersion(), m.runId(), m.task(), m.model(), m.split(),
                m.rows(), m.positiveLabel(), m.decisionThreshold(), m.metrics().stream()
                        .map(v -> v.name().equals("roc_auc") ? new MetricValue("roc_auc", null, null, "only one class")
                                : v).toList(), m.perClass(), m.confusionMatrix(), m.baseline());
        EvalFolder withUndefinedAuc = new EvalFolder(eval.summary(), undefinedAuc, eval.confidenceIntervals(),
                eval.slices(), eval.failureExamples(), eval.takeaway(), eval.plots(), eval.repro(), eval.predictions());

        assertThatThrownBy(() -> assertThat(withUndefinedAuc).metric("roc_auc").isAtLeast(0.5))
                .hasMessage(String.format("[metric roc_auc of run %s] %n"
                        + "Expecting roc_auc of run %s to be defined, but it is undefined: only one class",
                        IMPROVED, IMPROVED));
    }

    @Test
    void aDescriptionTheTestGivesLabelsTheMetricAndItsBounds() {
        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).as("release gate").metric("roc_auc").lowerBound()
                .isAtLeast(0.95))
                .hasMessageStartingWith(String.format("[release gate] %n"
                        + "Expecting the lower end of the 95%% confidence interval of roc_auc of run %s:", IMPROVED));
        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("roc_auc").as("auc gate").lowerBound()
                .isAtLeast(0.95))
                .hasMessageStartingWith(String.format("[auc gate] %n"));
    }

    @Test
    void assertJsOwnNumberAssertionsWorkOnAMetricLabelledWithIt() {
        assertThatEvalFolder(evalDir).metric("roc_auc").isBetween(0.9, 1.0).isCloseTo(auc, Offset.offset(0.0));

        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("roc_auc").isGreaterThan(0.99))
                .hasMessageStartingWith(String.format("[metric roc_auc of run %s] %n", IMPROVED));
    }

    @Test
    void aBoundIsANumber() {
        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("roc_auc").isAtLeast(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the bound must be a number, not NaN");
    }

    @Test
    void anEndOfTheIntervalHasNoIntervalOfItsOwn() {
        assertThatThrownBy(() -> assertThatEvalFolder(evalDir).metric("roc_auc").lowerBound().upperBound())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith(
                        "lowerBound() and upperBound() read the interval of a metric's value; this assert is already on"
                                + " the lower end");
    }

    @Test
    void theInMemoryResultAndItsFolderOnDiskGiveTheSameNumbers() {
        assertThat(project.eval(IMPROVED)).metric("roc_auc").isEqualTo(auc);
        assertThat(project.eval(IMPROVED)).metric("roc_auc").lowerBound().isEqualTo(aucInterval.lower());
        assertThat(auc).isGreaterThan(0.9);
    }
}
