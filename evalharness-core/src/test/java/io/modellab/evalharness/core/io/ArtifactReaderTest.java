package io.modellab.evalharness.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.Samples;
import io.modellab.evalharness.core.schema.SliceReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactReaderTest {

    @TempDir
    Path dir;

    @Test
    void everyBrokenConstraintIsReportedAtItsJsonPath() throws Exception {
        String json = new String(Json.toBytes(Samples.slices()), StandardCharsets.UTF_8)
                .replace("\"sample_size\" : 82", "\"sample_size\" : -1")
                .replace("\"name\" : \"checking_status = <0\"", "\"name\" : \"\"")
                .replace("\"min_sample_size\" : 30,", "");
        Path file = Files.writeString(dir.resolve("slices.json"), json);

        assertThatThrownBy(() -> ArtifactReader.read(file, SliceReport.class))
                .isInstanceOf(InvalidArtifactException.class)
                .hasMessageContaining(file.toString())
                .asInstanceOf(type(InvalidArtifactException.class))
                .extracting(InvalidArtifactException::violations)
                .asList()
                .containsExactly(
                        new Violation("$.min_sample_size", "must not be null"),
                        new Violation("$.slices[0].name", "must not be blank"),
                        new Violation("$.slices[0].sample_size", "must be greater than or equal to 0"));
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtItsJsonPath() throws Exception {
        String json = new String(Json.toBytes(Samples.metrics()), StandardCharsets.UTF_8)
                .replace("180,", "\"many\",");
        Path file = Files.writeString(dir.resolve("metrics.json"), json);

        assertThatThrownBy(() -> ArtifactReader.read(file, MetricsReport.class))
                .isInstanceOf(InvalidArtifactException.class)
                .hasMessageStartingWith(file + " is invalid (1 problem):\n  $.confusion_matrix.counts[0][0]: ");
    }

    @Test
    void nestedViolationsInsideListsOfListsAndMapsNameTheirElement() {
        String json = new String(Json.toBytes(Samples.metrics()), StandardCharsets.UTF_8)
                .replace("        30\n", "        -30\n");

        assertThatThrownBy(() -> ArtifactReader.parse(json.getBytes(StandardCharsets.UTF_8), MetricsReport.class, "m"))
                .hasMessage("m is invalid (1 problem):\n  $.confusion_matrix.counts[0][1]: must be greater than or equal to 0");
    }

    @Test
    void aRunWithoutSeedOrCodeVersionIsInvalid() {
        String json = new String(Json.toBytes(Samples.run()), StandardCharsets.UTF_8)
                .replace("\"seed\" : 42,", "")
                .replace("\"commit\" : \"0123456789abcdef0123456789abcdef01234567\"", "\"commit\" : \"HEAD\"");

        assertThatThrownBy(() -> ArtifactReader.parse(json.getBytes(StandardCharsets.UTF_8), RunRecord.class, "run.json"))
                .hasMessage("run.json is invalid (2 problems):\n"
                        + "  $.code_version.commit: must be a 40-digit git commit hash\n"
                        + "  $.seed: must not be null");
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        String json = new String(Json.toBytes(Samples.intervals()), StandardCharsets.UTF_8)
                .replace("\"schema_version\" : \"1\"", "\"schema_version\" : \"2\"");

        assertThatThrownBy(() -> ArtifactReader.parse(json.getBytes(StandardCharsets.UTF_8),
                io.modellab.evalharness.core.schema.ConfidenceIntervals.class, "ci.json"))
                .hasMessage("ci.json is invalid (1 problem):\n  $.schema_version: must be \"1\"");
    }

    @Test
    void anIntervalWithoutMethodOrBcaFieldsReadsAsTheFilesPercentileIntervalButAnEmptyMethodIsRefused() {
        String old = "{\"schema_version\": \"1\", \"run_id\": \"r\", \"method\": \"percentile_bootstrap\","
                + " \"confidence_level\": 0.95, \"resamples\": 10, \"seed\": 1, \"intervals\": [{\"metric\": \"f1\","
                + " \"point_estimate\": 0.5, \"mean\": 0.5, \"lower\": 0.4, \"upper\": 0.6, \"resamples_used\": 10%s}]}";

        io.modellab.evalharness.core.schema.ConfidenceIntervals read = ArtifactReader.parse(
                String.format(old, "").getBytes(StandardCharsets.UTF_8),
                io.modellab.evalharness.core.schema.ConfidenceIntervals.class, "ci.json");

        assertThat(read.intervals().get(0)).isEqualTo(
                new io.modellab.evalharness.core.schema.ConfidenceInterval("f1", 0.5, 0.5, 0.4, 0.6, 10));
        assertThatThrownBy(() -> ArtifactReader.parse(String.format(old, ", \"method\": \"\"")
                        .getBytes(StandardCharsets.UTF_8),
                io.modellab.evalharness.core.schema.ConfidenceIntervals.class, "ci.json"))
                .hasMessageContaining("$.intervals[0].method: size must be between 1 and");
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> ArtifactReader.parse("{\n  \"run_id\": ,\n}".getBytes(StandardCharsets.UTF_8),
                RunRecord.class, "run.json"))
                .isInstanceOf(InvalidArtifactException.class)
                .hasMessageStartingWith("run.json is invalid (1 problem):\n  $: not valid JSON at line 2, column ");
    }

    @Test
    void typeProblemsAndBrokenConstraintsAreAllReportedTogether() {
        String json = new String(Json.toBytes(Samples.slices()), StandardCharsets.UTF_8)
                .replace("\"min_sample_size\" : 30", "\"min_sample_size\" : \"30\"")
                .replace("\"sample_size\" : 82", "\"sample_size\" : 82.9")
                .replace("\"below_min_size\" : true", "\"below_min_size\" : \"yes\"")
                .replace("\"kind\" : \"column_in\",", "\"kind\" : \"\", \"colour\" : \"red\",");

        assertThatThrownBy(() -> ArtifactReader.parse(json.getBytes(StandardCharsets.UTF_8), SliceReport.class, "slices.json"))
                .isInstanceOf(InvalidArtifactException.class)
                .hasMessage("slices.json is invalid (7 problems):\n"
                        + "  $.min_sample_size: expected a whole number, got \"30\"\n"
                        + "  $.slices[0].definition.colour: is not a field of this file\n"
                        + "  $.slices[0].definition.kind: must not be blank\n"
                        + "  $.slices[0].sample_size: expected a whole number, got 82.9\n"
                        + "  $.slices[1].below_min_size: expected true or false, got \"yes\"\n"
                        + "  $.slices[1].definition.colour: is not a field of this file\n"
                        + "  $.slices[1].definition.kind: must not be blank");
    }

    @Test
    void aNullListElementIsNamedByItsIndex() {
        String json = new String(Json.toBytes(Samples.metrics()), StandardCharsets.UTF_8)
                .replace("\"good\",\n      \"bad\"", "null,\n      \"bad\"");

        assertThatThrownBy(() -> ArtifactReader.parse(json.getBytes(StandardCharsets.UTF_8), MetricsReport.class, "m"))
                .hasMessage("m is invalid (1 problem):\n  $.confusion_matrix.labels[0]: must not be null");
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedOnes() {
        String json = new String(Json.toBytes(Samples.run()), StandardCharsets.UTF_8)
                .replace("\"status\" : \"DONE\"", "\"status\" : \"done\"");

        assertThatThrownBy(() -> ArtifactReader.parse(json.getBytes(StandardCharsets.UTF_8), RunRecord.class, "run.json"))
                .hasMessage("run.json is invalid (1 problem):\n  $.status: expected one of [RUNNING, DONE, FAILED], got \"done\"");
    }

    @Test
    void nonFiniteNumbersAreRefusedBeforeWriting() {
        var bad = new io.modellab.evalharness.core.schema.MetricValue("roc_auc", Double.NaN, null, null);

        assertThat(ArtifactValidator.violations(bad)).containsExactly(new Violation("$.value", "must be a finite number"));
    }
}
