package io.modellab.evalharness.core.schema.modelcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.InvalidArtifactException;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.ModelCardFiles;
import io.modellab.evalharness.core.io.Violation;
import io.modellab.evalharness.core.schema.Samples;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cards written by another system (test resources {@code model-cards/}) read, keep their content and round-trip. */
class ModelCardFixturesTest {

    static final String CREDIT_G = "featrix-credit-g-single-predictor.json";
    static final String TITANIC = "featrix-titanic.json";
    static final String SHAPE = "featrix-renderer-expected-shape.json";

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ModelCardFixturesTest.class.getResourceAsStream("/model-cards/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CREDIT_G, TITANIC, SHAPE})
    void everyFixtureReadsAndAWriteKeepsAllOfItsContent(String name) throws IOException {
        byte[] original = fixture(name);
        ModelCard card = ModelCardFiles.parse(original, name);

        byte[] written = Json.toBytes(card);
        ModelCard again = ModelCardFiles.parse(written, name + " written back");

        assertThat(again).isEqualTo(card);
        assertThat(Json.toBytes(again)).isEqualTo(written);
        assertThat(differences("$", Json.mapper().readTree(original), Json.mapper().readTree(written)))
                .as("content lost or changed by a read and a write").isEmpty();
    }

    @Test
    void spellingsOfRealFilesAreRecognisedAndKept() throws IOException {
        ModelCard titanic = ModelCardFiles.parse(fixture(TITANIC), TITANIC);
        ModelCard shape = ModelCardFiles.parse(fixture(SHAPE), SHAPE);

        assertThat(titanic.featureInventory()).extracting(FeatureInfo::type).contains("ColumnType.SET");
        assertThat(titanic.featureInventory()).extracting(f -> f.featureType().orElseThrow())
                .containsOnly(FeatureType.SET, FeatureType.SCALAR, FeatureType.FREE_STRING);
        assertThat(CardStatus.parse(titanic.modelIdentification().status())).contains(CardStatus.DONE);
        assertThat(CardStatus.parse("done")).contains(CardStatus.DONE);
        assertThat(CardStatus.parse("Training")).contains(CardStatus.TRAINING);
        assertThat(FeatureType.parse("free-string")).contains(FeatureType.FREE_STRING);
        assertThat(Severity.parse("moderate")).contains(Severity.MODERATE);
        assertThat(shape.modelIdentification().status()).as("kept as written").isEqualTo("done | training | failed");
        assertThat(CardStatus.parse(shape.modelIdentification().status())).isEmpty();
        assertThat(titanic.modelQuality().quality()).contains(QualityAssessment.UNKNOWN);
    }

    @Test
    void unknownSectionsAndFieldsAreKeptWhereTheyWere() throws IOException {
        ModelCard creditG = ModelCardFiles.parse(fixture(CREDIT_G), CREDIT_G);
        ModelCard titanic = ModelCardFiles.parse(fixture(TITANIC), TITANIC);

        assertThat(creditG.extra()).containsOnlyKeys("class_imbalance", "embedding_space", "best_epochs");
        assertThat(creditG.modelArchitecture().extra()).containsKeys("transformer_layers", "predictor_d_hidden")
                .containsEntry("predictor_d_hidden", null);
        assertThat(creditG.modelQuality().trainingQualityWarning()).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("severity", "HIGH");
        assertThat(creditG.trainingMetrics().argmaxMetrics()).isNull();
        assertThat(creditG.featureInventory().get(1).statistics().extra()).isEmpty();
        assertThat(creditG.featureInventory().get(1).statistics().q90()).isEqualTo(36.0);
        assertThat(titanic.extra()).containsOnlyKeys("data_processing_notes");
        assertThat(titanic.columnStatistics()).hasSize(13);
        assertThat(titanic.columnStatistics().get("HomePlanet").extra()).containsKey("predictability_pct");
        assertThat(titanic.trainingMetrics().bestEpoch().spreadLoss()).isEqualTo(19.01299985249837);
    }

    @Test
    void aCardOfAnotherSystemIsReadButWouldNotPassAsOneOfOurs() throws IOException {
        ModelCard titanic = ModelCardFiles.parse(fixture(TITANIC), TITANIC);

        assertThat(ArtifactValidator.violations(titanic)).isEmpty();
        assertThat(ArtifactValidator.violations(titanic, Default.class, ModelCard.Written.class))
                .contains(new Violation("$.model_identification.name", "must not be blank"),
                        new Violation("$.feature_inventory[0].type", "must match \"" + FeatureType.WRITTEN + "\""));
        assertThatThrownBy(() -> ModelCardFiles.bytes(titanic)).isInstanceOf(InvalidArtifactException.class)
                .hasMessageContaining("$.model_identification.name");
    }

    @Test
    void anEmptyObjectIsACardWithNoSections() {
        ModelCard empty = ModelCardFiles.parse("{}".getBytes(StandardCharsets.UTF_8), "empty");

        assertThat(empty.modelIdentification()).isNull();
        assertThat(empty.featureInventory()).isNull();
        assertThat(empty.extra()).isEmpty();
        assertThat(new String(Json.toBytes(empty), StandardCharsets.UTF_8)).contains("\"model_identification\" : null");
    }

    @Test
    void ourSampleCardPassesTheStrictCheckAndASectionLessCardDoesNot() {
        ModelCard ours = Samples.modelCard();
        ModelCard withoutQuality = new ModelCard(ours.modelIdentification(), ours.trainingDataset(),
                ours.featureInventory(), ours.trainingConfiguration(), ours.trainingMetrics(), ours.modelArchitecture(),
                null, ours.technicalDetails(), ours.provenance(), null, Map.of());

        assertThat(ModelCardFiles.bytes(ours)).isNotEmpty();
        assertThatThrownBy(() -> ModelCardFiles.bytes(withoutQuality))
                .hasMessageContaining("$.model_quality: must not be null");
    }

    @Test
    void aValueOfTheWrongTypeIsStillAnErrorAtItsPath() {
        byte[] json = "{\"training_dataset\": {\"train_rows\": \"many\"}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ModelCardFiles.parse(json, "odd")).isInstanceOf(InvalidArtifactException.class)
                .hasMessageContaining("$.training_dataset.train_rows");
    }

    /**
     * Where two JSON documents say different things. A member that is absent on one side and null on the other says
     * the same thing (a section the file does not have is written as null); numbers are compared by value, so
     * {@code 0} and {@code 0.0} are equal.
     */
    static List<String> differences(String path, JsonNode a, JsonNode b) {
        List<String> out = new java.util.ArrayList<>();
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) {
            if (aNull != bNull) {
                out.add(path + ": " + a + " vs " + b);
            }
        } else if (a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                out.addAll(differences(path + "." + key, a.get(key), b.get(key)));
            }
        } else if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": " + a.size() + " vs " + b.size() + " elements");
            } else {
                Iterator<JsonNode> x = a.elements();
                Iterator<JsonNode> y = b.elements();
                for (int i = 0; x.hasNext(); i++) {
                    out.addAll(differences(path + "[" + i + "]", x.next(), y.next()));
                }
            }
        } else if (a.isNumber() && b.isNumber()) {
            if (a.doubleValue() != b.doubleValue()) {
                out.add(path + ": " + a + " vs " + b);
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " vs " + b);
        }
        return out;
    }
}
