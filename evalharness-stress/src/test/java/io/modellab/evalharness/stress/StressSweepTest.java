package io.modellab.evalharness.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.ColumnPermutationImportance;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The sweep on credit-g with a naive Bayes model fitted on the 700 training rows. */
class StressSweepTest {

    static final LabelledRows TRAIN = CreditG.train();
    static final LabelledRows TEST = CreditG.test();
    static final List<String> MODEL_COLUMNS = List.of("checking_status", "credit_history", "savings_status");
    static final LookupModel MODEL = LookupModel.fit(TRAIN, MODEL_COLUMNS);
    static final StressOptions OPTIONS = StressOptions.of(42).withProgress((stage, done, total) -> { });

    static StressSweep<Predictor> sweep(StressOptions options) {
        return new StressSweep<>(options, CreditG.TASK);
    }

    @Test
    void everyCorruptionIsSweptAtEverySeverityAndSeverityZeroIsTheCleanModelExactly() {
        DegradationTable table = sweep(OPTIONS).runStandard(MODEL, TEST, null);

        assertThat(table.corruptions()).extracting(StressCorruption::name).containsExactly("missing_values",
                "label_noise", "shuffle_column[checking_status]", "gaussian_noise", "category_swap");
        assertThat(table.rows()).hasSize(5 * 4);
        assertThat(table.rows()).extracting(Degradation::severity).containsSequence(0.0, 0.1, 0.2, 0.4);
        for (Degradation row : table.rows().stream().filter(r -> r.severity() == 0.0).toList()) {
            assertThat(row.touched()).isZero();
            for (DegradedMetric m : row.metrics()) {
                assertThat(m.value()).as(row.corruption() + " " + m.name()).isEqualTo(m.clean());
                assertThat(List.of(m.delta(), m.ciLower(), m.ciUpper())).containsOnly(0.0);
            }
        }
        assertThat(table.rows().get(0).metrics()).extracting(DegradedMetric::name)
                .containsExactly("roc_auc", "accuracy", "f1");
        assertThat(table.rows().get(0).metric("roc_auc").clean())
                .isEqualTo(table.clean().get(0).value()).isBetween(0.65, 0.8);
    }

    @Test
    void aColumnTheModelIgnoresHasADifferenceOfExactlyZeroWithTheIntervalZeroToZero() {
        // The model reads three categorical columns, never duration or age.
        List<Corruption> ignored = List.of(new ShuffleColumn("duration"), GaussianNoise.onColumn("age"),
                MissingValues.inColumn("purpose"));

        DegradationTable table = sweep(OPTIONS).run(MODEL, TEST, ignored, null);

        assertThat(table.rows()).hasSize(12).allSatisfy(row -> assertThat(row.metrics()).allSatisfy(m -> {
            assertThat(m.delta()).isEqualTo(0.0);
            assertThat(m.ciLower()).isEqualTo(0.0);
            assertThat(m.ciUpper()).isEqualTo(0.0);
        }));
        assertThat(table.importance()).filteredOn(i -> !MODEL_COLUMNS.contains(i.column())).hasSize(17)
                .allSatisfy(i -> assertThat(List.of(i.importance(), i.ciLower(), i.ciUpper())).containsOnly(0.0));
    }

    @Test
    void aModelOfOneColumnDegradesSharplyWhenThatColumnIsShuffled() {
        LookupModel oneColumn = LookupModel.fit(TRAIN, List.of("checking_status"));

        DegradationTable table = sweep(OPTIONS.withSeverities(List.of(0.2, 0.4, 1.0)))
                .run(oneColumn, TEST, List.of(new ShuffleColumn("checking_status")), null);

        double[] auc = table.rows().stream().mapToDouble(r -> r.metric("roc_auc").value()).toArray();
        assertThat(auc[0]).isGreaterThan(0.65);
        assertThat(auc).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        DegradedMetric full = table.rows().get(3).metric("roc_auc");
        assertThat(full.value()).as("a shuffled only column leaves a coin toss").isBetween(0.4, 0.6);
        assertThat(full.ciUpper()).as("the drop is clear of noise").isLessThan(-0.1);
        DegradedMetric forty = table.rows().get(2).metric("roc_auc");
        assertThat(forty.ciLower()).isLessThan(forty.delta());
        assertThat(forty.ciUpper()).isGreaterThan(forty.delta()).isLessThan(0);
    }

    @Test
    void permutationImportanceRanksAPlantedInformativeColumnFirst() {
        // "planted" says the label right for 90 % of the rows; the model learns it alongside checking_status.
        LabelledRows train = plant(TRAIN);
        LabelledRows test = plant(TEST);
        LookupModel model = LookupModel.fit(train, List.of("checking_status", "planted"));

        DegradationTable table = sweep(OPTIONS).runStandard(model, test, null);

        List<ColumnPermutationImportance> importance = table.importance();
        assertThat(importance).hasSize(21);
        assertThat(importance.get(0).column()).isEqualTo("planted");
        assertThat(importance.get(0).ciLower()).isGreaterThan(importance.get(1).importance());
        assertThat(importance.get(1).column()).isEqualTo("checking_status");
        assertThat(importance.get(1).importance()).isGreaterThan(0);
        assertThat(importance.subList(2, 21)).allSatisfy(i -> assertThat(i.importance()).isZero());
        assertThat(table.corruptions()).extracting(StressCorruption::name).contains("shuffle_column[planted]");
        assertThat(table.rows()).filteredOn(r -> r.corruption().equals("shuffle_column[planted]") && r.severity() == 0.4)
                .singleElement().satisfies(r -> assertThat(r.metric("roc_auc").ciUpper()).isLessThan(0));
    }

    @Test
    void labelNoiseIsMeasuredButNeverCalledTheMostDamaging() {
        DegradationTable table = sweep(OPTIONS).run(MODEL, TEST, List.of(LabelNoise.among(CreditG.TASK.labels()),
                new ShuffleColumn("duration")), null);

        Degradation noisy = table.rows().get(3);
        assertThat(noisy.corruption()).isEqualTo("label_noise");
        assertThat(noisy.touched()).isEqualTo(120);
        assertThat(noisy.metric("roc_auc").delta()).isLessThan(-0.05);
        assertThat(table.mostDamaging()).as("shuffling an ignored column damages nothing").isEmpty();
    }

    @Test
    void theTableIsTheSameOnAnyNumberOfThreadsAndInEveryRun() {
        DegradationTable one = sweep(OPTIONS).runStandard(MODEL, TEST, null);
        DegradationTable four = sweep(OPTIONS.withThreads(4)).runStandard(MODEL, TEST, null);
        DegradationTable again = sweep(OPTIONS.withThreads(3)).runStandard(MODEL, TEST, null);

        assertThat(four.rows()).isEqualTo(one.rows());
        assertThat(four.importance()).isEqualTo(one.importance());
        assertThat(Json.toBytes(again.toReport("run-20261123-120000-00000001", List.of())))
                .isEqualTo(Json.toBytes(one.toReport("run-20261123-120000-00000001", List.of())));
        DegradationTable otherSeed = new StressSweep<>(new StressOptions(OPTIONS.severities(), OPTIONS.metrics(),
                OPTIONS.resamples(), OPTIONS.confidenceLevel(), 43, 1, OPTIONS.progress()), CreditG.TASK)
                .runStandard(MODEL, TEST, null);
        assertThat(otherSeed.rows()).isNotEqualTo(one.rows());
    }

    @Test
    void progressCountsEveryStageToTheEndFromOneThreadAtATime() {
        List<String> finished = new CopyOnWriteArrayList<>();
        int[] inside = {0};
        StressOptions options = OPTIONS.withThreads(3).withProgress((stage, done, total) -> {
            synchronized (inside) {
                assertThat(++inside[0]).isEqualTo(1);
            }
            if (done == total) {
                finished.add(stage);
            }
            synchronized (inside) {
                inside[0]--;
            }
        });

        sweep(options).runStandard(MODEL, TEST, null);

        assertThat(finished).containsExactly("stress permutation importance", "stress corruptions", "stress intervals");
    }

    @Test
    void stressJsonIsValidAgainstItsRecordAndItsPublishedSchema() throws IOException {
        StressReport report = sweep(OPTIONS).runStandard(MODEL, TEST, null)
                .toReport("run-20261123-120000-00000001", List.of("plots/degradation_roc_auc.png"));

        assertThat(ArtifactValidator.violations(report)).isEmpty();
        JsonSchema schema;
        try (InputStream in = StressReport.class.getResourceAsStream("/schemas/stress.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode json = Json.mapper().readTree(Json.toBytes(report));
        assertThat(schema.validate(json)).isEmpty();
        assertThat(report.method()).isEqualTo("percentile_bootstrap (paired difference)");
        assertThat(report.severities()).containsExactly(0.0, 0.1, 0.2, 0.4);
        assertThat(report.importanceMetric()).isEqualTo("roc_auc");
    }

    @Test
    void twoCorruptionsOfOneNameAreRefused() {
        assertThatThrownBy(() -> sweep(OPTIONS).run(MODEL, TEST, List.of(new ShuffleColumn("age"),
                new ShuffleColumn("age")), null)).hasMessageContaining("two corruptions are named shuffle_column[age]");
    }

    /** Adds "planted": the label's initial, wrong for every tenth row. */
    static LabelledRows plant(LabelledRows rows) {
        String[] cells = new String[rows.size()];
        for (int i = 0; i < cells.length; i++) {
            boolean bad = rows.labels().get(i).equals("bad");
            cells[i] = (i % 10 == 3) != bad ? "b" : "g";
        }
        return CreditG.withColumn(rows, "planted", cells);
    }
}
