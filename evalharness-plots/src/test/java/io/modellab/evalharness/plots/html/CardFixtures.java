package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.io.ModelCardFiles;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.core.schema.modelcard.ClassificationMetrics;
import io.modellab.evalharness.core.schema.modelcard.ColumnImportance;
import io.modellab.evalharness.core.schema.modelcard.EpochMetrics;
import io.modellab.evalharness.core.schema.modelcard.FeatureInfo;
import io.modellab.evalharness.core.schema.modelcard.LossProgression;
import io.modellab.evalharness.core.schema.modelcard.ModelArchitecture;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import io.modellab.evalharness.core.schema.modelcard.ModelIdentification;
import io.modellab.evalharness.core.schema.modelcard.ModelQuality;
import io.modellab.evalharness.core.schema.modelcard.OptimalThreshold;
import io.modellab.evalharness.core.schema.modelcard.Provenance;
import io.modellab.evalharness.core.schema.modelcard.QualityWarning;
import io.modellab.evalharness.core.schema.modelcard.Recommendation;
import io.modellab.evalharness.core.schema.modelcard.ScalarStatistics;
import io.modellab.evalharness.core.schema.modelcard.Severity;
import io.modellab.evalharness.core.schema.modelcard.TechnicalDetails;
import io.modellab.evalharness.core.schema.modelcard.TrainingConfiguration;
import io.modellab.evalharness.core.schema.modelcard.TrainingDataset;
import io.modellab.evalharness.core.schema.modelcard.TrainingMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Model cards for the page tests: the three real ones of another system, and one of ours built here. */
final class CardFixtures {

    static final String CREDIT_G = "featrix-credit-g-single-predictor.json";
    static final String TITANIC = "featrix-titanic.json";
    static final String SHAPE = "featrix-renderer-expected-shape.json";
    static final List<String> REAL = List.of(CREDIT_G, TITANIC, SHAPE);

    /** Harmless text for every free-text field of {@link #ours}. */
    static final IntFunction<String> PLAIN = i -> "text " + i;

    private CardFixtures() {
    }

    /** A card of another system, from the test resources (a copy of evalharness-core's). */
    static ModelCard real(String name) {
        try (InputStream in = CardFixtures.class.getResourceAsStream("/model-cards/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource /model-cards/" + name + " is missing");
            }
            return ModelCardFiles.parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A card as ModelLab writes one, with losses so that the chart is drawn: 4 scalar, 5 set and 3 free-string
     * features, three warnings (one of each severity), a recommendation and an unknown top-level section. Every
     * free-text field comes from {@code text} (feature names are made unique by a suffix).
     */
    static ModelCard ours(IntFunction<String> text) {
        int[] next = {0};
        IntFunction<String> t = unused -> text.apply(next[0]++);
        ColumnImportance used = ColumnImportance.of(1.0, ColumnImportance.INCLUDED, t.apply(0));
        List<FeatureInfo> features = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            features.add(new FeatureInfo(t.apply(0) + " s" + i, "scalar", t.apply(0), used, null, null,
                    new ScalarStatistics(1.0 * i, 100.0 + i, 50.5, 29.0, 50.0, 10.0, 25.0, 75.0, 90.0, Map.of()), i,
                    Map.of()));
        }
        for (int i = 0; i < 5; i++) {
            features.add(new FeatureInfo(t.apply(0) + " c" + i, i == 4 ? "ColumnType.SET" : "set", t.apply(0), used,
                    3 + i, List.of(t.apply(0), t.apply(0), "other"), null, 0, Map.of()));
        }
        for (int i = 0; i < 3; i++) {
            features.add(new FeatureInfo(t.apply(0) + " f" + i, "free_string", t.apply(0), used, null, null, null, 2,
                    Map.of(t.apply(0), t.apply(0))));
        }
        List<String> names = features.stream().map(FeatureInfo::name).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("column", t.apply(0));
        details.put(t.apply(0), List.of(t.apply(0), 0.97));
        Map<String, Object> unknownSection = new LinkedHashMap<>();
        unknownSection.put(t.apply(0), t.apply(0));
        unknownSection.put("nested", Map.of("value", t.apply(0)));
        return new ModelCard(
                new ModelIdentification("run-20261123-120000-0123abcd", null, t.apply(0), t.apply(0), "set", null,
                        "2026-11-23", "DONE", ModelIdentification.SINGLE_PREDICTOR, "Tribuo 4.3.2 (liblinear)",
                        "credit-g-demo", "improved", Map.of()),
                new TrainingDataset(700, 300, 1000, names.size(), names, t.apply(0),
                        new DatasetRef("credit-g", "v-38b6dbf6fb4b", "ab".repeat(32), "datasets/credit-g.csv", 1000L),
                        new SplitRef(t.apply(0), "cd".repeat(32)), Map.of()),
                features,
                new TrainingConfiguration(20, 12, null, 64, 0.001, "Adam", null, 42L, Map.of("pipeline", t.apply(0)),
                        Map.of()),
                new TrainingMetrics(new EpochMetrics(12, 0.41, 0.47, null, null, null, null, Map.of()),
                        new EpochMetrics(20, 0.38, null, 0.49, null, null, null, Map.of()),
                        new LossProgression(0.69, 0.70, 0.3, Map.of()),
                        new ClassificationMetrics(0.75, 0.6, 0.5, 0.545, 0.781, true, Map.of()),
                        new OptimalThreshold(0.31, t.apply(0), 0.61, 0.72, Map.of()), null, t.apply(0),
                        List.of(new HeadlineMetric("roc_auc", 0.781, 0.726, 0.833)), Map.of()),
                new ModelArchitecture(null, null, null, t.apply(0), Map.of()),
                new ModelQuality("GOOD", List.of(Recommendation.of(t.apply(0), t.apply(0))),
                        List.of(QualityWarning.of(t.apply(0), Severity.LOW, t.apply(0), Map.of(), t.apply(0)),
                                QualityWarning.of(t.apply(0), Severity.HIGH, t.apply(0), details, t.apply(0)),
                                QualityWarning.of(t.apply(0), Severity.MODERATE, t.apply(0), Map.of(), null)),
                        null, t.apply(0), Map.of()),
                new TechnicalDetails(null, "CPU", "float64", null, t.apply(0), "Java 17", Map.of()),
                new Provenance("2026-11-23T12:00:02Z", 0.05, Map.of("modellab", "0.1.0-SNAPSHOT"), Map.of()),
                null, Map.of(t.apply(0), unknownSection));
    }
}
