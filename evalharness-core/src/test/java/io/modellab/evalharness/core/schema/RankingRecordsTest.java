package io.modellab.evalharness.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.InvalidArtifactException;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingRecordsTest {

    static MetricsReport ranking(String positiveLabel) {
        return new MetricsReport(SchemaVersion.CURRENT, "run-20261123-120000-00000003", Task.RANKING, "bm25", "queries",
                3, positiveLabel, null, List.of(MetricValue.of("ndcg@10", 0.5)), List.of(), null, null);
    }

    @Test
    void aRankingHasNoClassificationFieldsAndAClassificationHasThem() {
        assertThat(ArtifactValidator.violations(ranking(null))).isEmpty();
        assertThat(ArtifactValidator.violations(ranking("yes"))).extracting(Violation::message)
                .containsExactly("positive_label, decision_threshold and confusion_matrix are required for a binary"
                        + " classification and absent for a ranking or a regression");
        MetricsReport binaryWithoutMatrix = new MetricsReport(SchemaVersion.CURRENT, "run-20261123-120000-00000003",
                Task.BINARY_CLASSIFICATION, "m", "test", 3, "yes", 0.5, List.of(MetricValue.of("roc_auc", 0.5)),
                List.of(), null, null);
        assertThat(ArtifactValidator.violations(binaryWithoutMatrix)).isNotEmpty();
    }

    @Test
    void theCheckIsNotWrittenAndAFileBreakingItIsRefusedOnReading() {
        String json = new String(Json.toBytes(ranking(null)), StandardCharsets.UTF_8);
        assertThat(json).contains("\"task\" : \"ranking\"").doesNotContain("matching").doesNotContain("Matching");
        byte[] broken = json.replace("\"positive_label\" : null", "\"positive_label\" : \"yes\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ArtifactReader.parse(broken, MetricsReport.class, "metrics.json"))
                .isInstanceOf(InvalidArtifactException.class).hasMessageContaining("absent for a ranking");
    }

    @Test
    void rankingsRefuseARepeatedQueryId() {
        RankedQuery q = new RankedQuery("q1", "alpha", 1, List.of("d1"), List.of(new JudgedDoc("d1", 2.0, 1, 3.5)));
        assertThatThrownBy(() -> new RankingPredictions(SchemaVersion.CURRENT, "run-20261123-120000-00000003",
                Task.RANKING, 10, List.of(q, q))).hasMessageContaining("query id q1 appears twice");
    }

    @Test
    void evalFilesPointAtPredictionsOrRankingsNeverBoth() {
        assertThat(EvalFiles.ranking(true).rankings()).isEqualTo("rankings.json");
        assertThat(EvalFiles.ranking(true).predictions()).isNull();
        assertThat(EvalFiles.ranking(true).stress()).isEqualTo("stress.json");
        assertThatThrownBy(() -> new EvalFiles("m", "c", "s", "f", "t", "p/", "r", "predictions.json", null, null,
                "rankings.json"))
                .hasMessageContaining("either predictions");
        assertThatThrownBy(() -> new EvalFiles("m", "c", "s", "f", "t", "p/", "r", null, null, null, null))
                .hasMessageContaining("either predictions");
        assertThat(new EvalFiles("m", "c", "s", "f", "t", "p/", "r", null, null, null, null, null, "on Spark")
                .hasRows()).isFalse();
        assertThatThrownBy(() -> new EvalFiles("m", "c", "s", "f", "t", "p/", "r", null, null, null, null, null, " "))
                .hasMessageContaining("none of them with rows_not_written saying why");
        assertThatThrownBy(() -> new EvalFiles("m", "c", "s", "f", "t", "p/", "r", "predictions.json", null, null, null,
                null, "on Spark"))
                .hasMessageContaining("rows_not_written is only for an eval folder without a per-row file");
    }
}
