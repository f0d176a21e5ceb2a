package io.modellab.tracker.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.ModelCardFiles;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import io.modellab.evalharness.core.schema.modelcard.QualityWarning;
import io.modellab.evalharness.core.spi.ModelDescription;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.tracker.EvalHarness;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.EvalRequest;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finished run's folder, written by the real harness, and the card made from it. */
class ModelCardsTest {

    static final String PROJECT = "proj";
    static final String RUN = "run-20261123-120000-00000001";
    static final DatasetRef DATA = new DatasetRef("synthetic", "sha256-000000000000", "0".repeat(64),
            "data/synthetic.csv", 600L);
    static final CodeVersion CODE = new CodeVersion("a".repeat(40), true);
    static final ModelDescription MODEL = new ModelDescription("a synthetic scorer", "none 1.0", "log loss", "CPU",
            "float64", "as is", "one-hot", true);

    @TempDir
    Path root;

    Table rows;
    String[] labels;
    int[] train = IntStream.range(0, 400).toArray();

    /** 600 rows: the first 400 train, the last 200 are scored by a model that is right more often than not. */
    @BeforeEach
    void aFinishedRun() {
        SplittableRandom random = new SplittableRandom(7);
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        labels = new String[600];
        for (int i = 0; i < 600; i++) {
            labels[i] = random.nextDouble() < 0.3 ? "yes" : "no";
            cells.add(new String[] {i % 4 == 0 ? "north" : "south", Integer.toString(20 + i % 50)});
            ids.add(Integer.toString(i));
        }
        rows = Table.ofRows(List.of("region", "age"), cells, ids);
        int[] test = IntStream.range(400, 600).toArray();
        boolean[] actual = new boolean[test.length];
        double[] score = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            actual[i] = labels[test[i]].equals("yes");
            score[i] = Math.min(1, Math.max(0, (actual[i] ? 0.6 : 0.3) + 0.4 * (random.nextDouble() - 0.5)));
        }
        EvalRequest request = new EvalRequest(PROJECT, RUN, "scorer", ModelRole.IMPROVED, DATA, CODE, 42, rows.rows(test),
                new BinaryPredictions("yes", "no", actual, score, 0.5), "region",
                new BaselineCheck(BaselineCheck.Status.MISSING, null, "run " + RUN + " names no baseline run"), null,
                new ReproSteps("a", "b", "c", "d"));
        new EvalHarness(EvalOptions.DEFAULTS).evaluateAndWrite(root, request);
        RunStore store = new RunStore(root);
        store.save(new RunRecord(SchemaVersion.CURRENT, RUN, PROJECT, "scorer", ModelRole.IMPROVED, RunStatus.DONE, null,
                42L, CODE, DATA, new SplitRef("first 400 / last 200", "ab".repeat(32)), null, null,
                Map.of("pipeline", "scorer"), new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:01:30Z", 90_000L),
                new RunEnvironment("17.0.15", "Debian", "Linux", "amd64", "0.1.0-SNAPSHOT")));
        store.saveLeakage(PROJECT, new LeakageReport(SchemaVersion.CURRENT, RUN, true, List.of(new LeakageCheck(
                "target_proxy", LeakageCheck.Status.WARN, "column age separates the label with AUC 0.995",
                Map.of("column", "age")))));
    }

    @Test
    void theCardHasEverySectionFromTheRunsFilesAndPassesTheStrictCheck() {
        Path json = ModelCards.write(root, PROJECT, RUN, new ModelCards.Training(rows, labels, train, "label", MODEL));

        Path runDir = EvalFolderWriter.runDir(root, PROJECT, RUN);
        assertThat(json).isEqualTo(runDir.resolve(RunFolder.MODEL_CARD));
        assertThat(runDir.resolve(RunFolder.MODEL_CARD_PAGE)).isRegularFile();
        ModelCard card = ModelCardFiles.read(json);
        assertThat(ModelCardFiles.bytes(card)).isNotEmpty();

        assertThat(card.modelIdentification().sessionId()).isEqualTo(RUN);
        assertThat(card.modelIdentification().status()).isEqualTo("DONE");
        assertThat(card.modelIdentification().trainingDate()).isEqualTo("2026-11-23");
        assertThat(card.modelIdentification().role()).isEqualTo("improved");
        assertThat(card.trainingDataset().trainRows()).isEqualTo(400);
        assertThat(card.trainingDataset().valRows()).isEqualTo(200);
        assertThat(card.trainingDataset().totalRows()).isEqualTo(600);
        assertThat(card.trainingDataset().dataset()).isEqualTo(DATA);
        assertThat(card.featureInventory()).extracting(f -> f.name() + ":" + f.type())
                .containsExactly("region:set", "age:scalar");
        assertThat(card.trainingConfiguration().seed()).isEqualTo(42L);
        assertThat(card.trainingConfiguration().epochsTotal()).as("no epochs: not invented").isNull();
        assertThat(card.modelArchitecture().description()).isEqualTo("a synthetic scorer");
        assertThat(card.technicalDetails().lossFunction()).isEqualTo("log loss");
        assertThat(card.technicalDetails().pytorchVersion()).isNull();
        assertThat(card.provenance().createdAt()).isEqualTo("2026-11-23T12:01:30Z");
        assertThat(card.provenance().trainingDurationMinutes()).isEqualTo(1.5);
        assertThat(card.columnStatistics()).isNull();
    }

    @Test
    void theMetricsAreThoseOfTheEvalFolder() {
        ModelCard card = ModelCardFiles.read(ModelCards.write(root, PROJECT, RUN,
                new ModelCards.Training(rows, labels, train, "label", MODEL)));
        MetricsReport metrics = ArtifactReader.read(EvalFolderWriter.evalDir(root, PROJECT, RUN).resolve("metrics.json"),
                MetricsReport.class);

        var c = card.trainingMetrics().classificationMetrics();
        assertThat(List.of(c.accuracy(), c.precision(), c.recall(), c.f1(), c.auc())).containsExactly(
                value(metrics, "accuracy"), value(metrics, "precision"), value(metrics, "recall"), value(metrics, "f1"),
                value(metrics, "roc_auc"));
        assertThat(card.trainingMetrics().optimalThreshold().optimalThreshold())
                .isEqualTo(value(metrics, "best_f1_threshold"));
        assertThat(card.trainingMetrics().optimalThreshold().posLabel()).isEqualTo("yes");
        assertThat(card.trainingMetrics().argmaxMetrics().accuracy()).as("no score is exactly 0.5 here")
                .isEqualTo(value(metrics, "accuracy"));
        assertThat(card.trainingMetrics().headline()).extracting(h -> h.name()).contains("roc_auc");
        assertThat(card.trainingMetrics().evaluatedOn()).startsWith("test split: 200 held-out rows");
    }

    @Test
    void warningsComeFromTheRulesAndTheNumbersMostSevereFirstAndCapTheGrade() {
        ModelCard card = ModelCardFiles.read(ModelCards.write(root, PROJECT, RUN,
                new ModelCards.Training(rows, labels, train, "label", MODEL)));

        assertThat(card.modelQuality().warnings()).extracting(QualityWarning::type, QualityWarning::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LEAKAGE_SUSPECTED", "HIGH"),
                        org.assertj.core.groups.Tuple.tuple("BASELINE_NOT_VALID", "HIGH"),
                        org.assertj.core.groups.Tuple.tuple("UNCOMMITTED_CODE", "LOW"));
        assertThat(card.modelQuality().warnings().get(0).details()).containsEntry("rule", "target_proxy")
                .containsEntry("column", "age");
        assertThat(card.modelQuality().assessment()).isEqualTo("FAIR");
        assertThat(card.modelQuality().assessmentRule()).contains("capped at FAIR by 2 high-severity warnings");
    }

    @Test
    void theSameRunGivesTheSameBytesAndAPipelineThatSaysNothingGetsNoGuesses() throws Exception {
        Path json = ModelCards.write(root, PROJECT, RUN, new ModelCards.Training(rows, labels, train, "label", MODEL));
        byte[] first = Files.readAllBytes(json);
        byte[] page = Files.readAllBytes(json.resolveSibling(RunFolder.MODEL_CARD_PAGE));

        ModelCards.write(root, PROJECT, RUN, new ModelCards.Training(rows, labels, train, "label", MODEL));
        assertThat(Files.readAllBytes(json)).isEqualTo(first);
        assertThat(Files.readAllBytes(json.resolveSibling(RunFolder.MODEL_CARD_PAGE))).isEqualTo(page);

        ModelCard unknown = ModelCardFiles.read(ModelCards.write(root, PROJECT, RUN,
                new ModelCards.Training(rows, labels, train, "label", ModelDescription.UNKNOWN)));
        assertThat(unknown.modelArchitecture().description()).isNull();
        assertThat(unknown.modelIdentification().framework()).isNull();
        assertThat(unknown.featureInventory()).allSatisfy(f -> {
            assertThat(f.encoderType()).isNull();
            assertThat(f.columnImportance()).isNull();
        });
    }

    private static Double value(MetricsReport metrics, String name) {
        return MetricValue.valueOf(metrics.metrics(), name);
    }
}
