package io.modellab.evalharness.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the writer produces is valid against the published schemas, checked by an independent JSON Schema
 * validator, and the schemas reject what the records reject.
 */
class SchemaConformanceTest {

    static JsonSchema schema(String name) throws IOException {
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void everySampleFileIsValidAgainstItsPublishedSchema() throws IOException {
        Map<String, Object> samples = Map.ofEntries(
                Map.entry("eval_summary", Samples.summary()),
                Map.entry("metrics", Samples.metrics()),
                Map.entry("confidence_intervals", Samples.intervals()),
                Map.entry("slices", Samples.slices()),
                Map.entry("failure_examples", Samples.failures()),
                Map.entry("run", Samples.run()),
                Map.entry("leakage", Samples.leakage()),
                Map.entry("project", Samples.project()),
                Map.entry("dataset", Samples.datasetVersion()),
                Map.entry("model_card", Samples.modelCard()),
                Map.entry("stress", Samples.stress()));
        for (Map.Entry<String, Object> e : samples.entrySet()) {
            JsonNode json = Json.mapper().readTree(Json.toBytes(e.getValue()));
            assertThat(schema(e.getKey()).validate(json)).as(e.getKey()).isEmpty();
        }
    }

    @Test
    void rowCountsBeyond32BitsAreWrittenReadBackAndValid() throws IOException {
        long billions = 5_000_000_000L;
        EvalSummary s = Samples.summary();
        DatasetRef d = s.dataset();
        EvalSummary summary = new EvalSummary(s.schemaVersion(), s.project(), s.runId(), s.task(), s.model(), s.role(),
                new DatasetRef(d.name(), d.version(), d.sha256(), d.source(), billions), s.codeVersion(), s.seed(),
                billions, s.positiveLabel(), s.headline(), s.baselineRunId(), s.baselineCheck(), s.files(),
                s.keyPlots());
        FailureExamples f = Samples.failures();
        FailureRule r = f.rules().get(0);
        FailureExamples failures = new FailureExamples(f.schemaVersion(), f.runId(),
                java.util.List.of(new FailureRule(r.name(), r.description(), r.limit(), billions - 1)), f.examples());

        JsonNode summaryJson = Json.mapper().readTree(Json.toBytes(summary));
        JsonNode failuresJson = Json.mapper().readTree(Json.toBytes(failures));
        assertThat(summaryJson.get("test_rows").asLong()).isEqualTo(billions);
        assertThat(summaryJson.get("dataset").get("rows").asLong()).isEqualTo(billions);
        assertThat(schema("eval_summary").validate(summaryJson)).isEmpty();
        assertThat(schema("failure_examples").validate(failuresJson)).isEmpty();
        assertThat(ArtifactReader.parse(Json.toBytes(summary), EvalSummary.class, "eval_summary.json"))
                .isEqualTo(summary);
        assertThat(ArtifactReader.parse(Json.toBytes(failures), FailureExamples.class, "failure_examples.json")
                .rules().get(0).matched()).isEqualTo(billions - 1);
    }

    @Test
    void aSummaryThatPointsToAStressTableIsValidAndOneWrittenBeforeStressTablesExistedStillIs() throws IOException {
        JsonNode withStress = Json.mapper().readTree(Json.toBytes(Samples.folderWithStress().summary()));
        JsonNode before = Json.mapper().readTree(Json.toBytes(Samples.summary()));
        ((ObjectNode) before.get("files")).remove("stress");

        assertThat(withStress.get("files").get("stress").asText()).isEqualTo("stress.json");
        assertThat(schema("eval_summary").validate(withStress)).isEmpty();
        assertThat(schema("eval_summary").validate(before)).isEmpty();
        assertThat(ArtifactReader.parse(Json.mapper().writeValueAsBytes(before),
                EvalSummary.class, "eval_summary.json").files()).isEqualTo(EvalFiles.STANDARD);
    }

    @Test
    void theStressSchemaRejectsASeverityAboveOneAndAMissingSweep() throws IOException {
        JsonNode stress = Json.mapper().readTree(Json.toBytes(Samples.stress()));
        ((ObjectNode) stress.get("degradation").get(1)).put("severity", 1.5);
        ((ObjectNode) stress).remove("severities");

        assertThat(schema("stress").validate(stress)).extracting(Object::toString)
                .anySatisfy(m -> assertThat(m).contains("severity"))
                .anySatisfy(m -> assertThat(m).contains("severities"));
    }

    @Test
    void theSchemaRejectsAMissingSeedAndABadCommit() throws IOException {
        JsonNode run = Json.mapper().readTree(Json.toBytes(Samples.run()));
        ((ObjectNode) run).remove("seed");
        ((ObjectNode) run.get("code_version")).put("commit", "HEAD");

        assertThat(schema("run").validate(run)).extracting(Object::toString)
                .anySatisfy(m -> assertThat(m).contains("seed"))
                .anySatisfy(m -> assertThat(m).contains("commit"));
    }
}
