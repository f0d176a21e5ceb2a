package io.modellab.evalharness.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceDefinitionTest {

    static final SliceDefinition DECILE = new SliceDefinition(SliceDefinition.CONFIDENCE, null, null, 0.62, 0.71, 3, 10,
            null);
    static final SliceDefinition AND = new SliceDefinition(SliceDefinition.AND, null, null, null, null, null, null,
            List.of(new SliceDefinition(SliceDefinition.COLUMN_IN, "city", List.of("Oslo")), DECILE));

    @Test
    void everyKindReadsBackAsWritten() {
        SliceResult slice = new SliceResult(AND.describe(), AND, 12, true, List.of(), List.of(), "custom", null);
        SliceReport report = new SliceReport(SchemaVersion.CURRENT, "r", 30, List.of(), List.of(slice));

        SliceReport read = ArtifactReader.parse(Json.toBytes(report), SliceReport.class, "slices.json");

        assertThat(read).isEqualTo(report);
        assertThat(AND.describe()).isEqualTo("city = Oslo AND confidence in [0.62, 0.71) (bucket 3 of 10)");
    }

    @Test
    void rowCountsBeyond32BitsReadBackAsWritten() {
        long rows = 3_000_000_000L;
        SliceResult slice = new SliceResult(DECILE.describe(), DECILE, rows, false, List.of(), List.of());
        SliceReport report = new SliceReport(SchemaVersion.CURRENT, "r", 30, List.of(), List.of(slice));
        MetricsReport m = Samples.metrics();
        MetricsReport metrics = new MetricsReport(m.schemaVersion(), m.runId(), m.task(), m.model(), m.split(), rows,
                m.positiveLabel(), m.decisionThreshold(), m.metrics(), m.perClass(), m.confusionMatrix(), m.baseline());

        assertThat(ArtifactReader.parse(Json.toBytes(report), SliceReport.class, "slices.json").slices().get(0)
                .sampleSize()).isEqualTo(rows);
        assertThat(ArtifactReader.parse(Json.toBytes(metrics), MetricsReport.class, "metrics.json").rows())
                .isEqualTo(rows);
        assertThat(new String(Json.toBytes(metrics), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"rows\" : 3000000000");
    }

    @Test
    void describesEachKind() {
        assertThat(new SliceDefinition(SliceDefinition.MISSING_SHARE, null, null, null, 0.1, null, null, null).describe())
                .isEqualTo("missing_share < 0.1");
        assertThat(new SliceDefinition(SliceDefinition.ACTUAL_CLASS, null, List.of("bad"), null, null, null, null, null)
                .describe()).isEqualTo("actual = bad");
        assertThat(new SliceDefinition(SliceDefinition.QUERY_LENGTH, "q", null, 5.0, null, null, null, null).describe())
                .isEqualTo("query_length(q) >= 5");
        assertThat(new SliceDefinition(SliceDefinition.COLUMN_IN, "c", java.util.Arrays.asList("a", null)).describe())
                .isEqualTo("c in [a, <missing>]");
    }

    @Test
    void fieldsThatDoNotFitTheKindAreRefusedByName() {
        assertThatThrownBy(() -> new SliceDefinition(SliceDefinition.CONFIDENCE, "c", null, null, null, null, null, null))
                .hasMessage("a confidence slice has no column");
        assertThatThrownBy(() -> new SliceDefinition(SliceDefinition.NUMERIC_RANGE, null, null, 1.0, 2.0, null, null, null))
                .hasMessage("a numeric_range slice needs column");
        assertThatThrownBy(() -> new SliceDefinition(SliceDefinition.TARGET, null, null, 2.0, 2.0, null, null, null))
                .hasMessage("a target slice needs lower < upper, got [2.0, 2.0)");
        assertThatThrownBy(() -> new SliceDefinition(SliceDefinition.ACTUAL_CLASS, null, List.of("a"), 1.0, null, null,
                null, null)).hasMessage("a actual_class slice has no lower, upper, bucket or buckets");
        String unknownKind = new String(Json.toBytes(new SliceReport(SchemaVersion.CURRENT, "r", 30, List.of(),
                List.of(new SliceResult("x", DECILE, 1, true, List.of(), List.of())))))
                .replace("\"kind\" : \"confidence\"", "\"kind\" : \"colour\"");
        assertThatThrownBy(() -> ArtifactReader.parse(unknownKind.getBytes(), SliceReport.class, "slices.json"))
                .hasMessageContaining("$.slices[0].definition.kind: must be one of column_in|numeric_range");
    }
}
