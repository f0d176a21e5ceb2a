package io.modellab.evalharness.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.impl.PropertySortUtils;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas under {@code src/main/resources/schemas/} are generated from the records. This test fails
 * when a committed schema is stale; run it with {@code -Dmodellab.updateSchemas=true} to rewrite them.
 */
class JsonSchemaTest {

    static final Map<String, Class<?>> SCHEMAS = Map.ofEntries(
            Map.entry("eval_summary", EvalSummary.class),
            Map.entry("metrics", MetricsReport.class),
            Map.entry("confidence_intervals", ConfidenceIntervals.class),
            Map.entry("slices", SliceReport.class),
            Map.entry("failure_examples", FailureExamples.class),
            Map.entry("run", RunRecord.class),
            Map.entry("leakage", LeakageReport.class),
            Map.entry("predictions", TestPredictions.class),
            Map.entry("rankings", RankingPredictions.class),
            Map.entry("regression_predictions", RegressionPredictions.class),
            Map.entry("latency", LatencyReport.class),
            Map.entry("stress", StressReport.class),
            Map.entry("compare", Comparison.class),
            Map.entry("repro_pack", ReproPackManifest.class),
            Map.entry("project", ProjectRecord.class),
            Map.entry("dataset", DatasetVersion.class),
            Map.entry("model_card", ModelCard.class),
            Map.entry("model_signature", InferenceSignature.class));

    static Iterable<String> names() {
        return new TreeSet<>(SCHEMAS.keySet());
    }

    @ParameterizedTest
    @MethodSource("names")
    void committedSchemaMatchesTheRecord(String name) throws IOException {
        byte[] generated = Json.toBytes(generate(name, SCHEMAS.get(name)));
        Path committed = Path.of("src/main/resources/schemas", name + ".schema.json");

        if (Boolean.getBoolean("modellab.updateSchemas")) {
            Files.write(committed, generated);
        }
        assertThat(committed).exists();
        assertThat(new String(Files.readAllBytes(committed), StandardCharsets.UTF_8))
                .as("%s is stale: run `./mvnw -pl evalharness-core test -Dtest=JsonSchemaTest"
                        + " -Dmodellab.updateSchemas=true` and commit the result", committed)
                .isEqualTo(new String(generated, StandardCharsets.UTF_8));
    }

    static ObjectNode generate(String name, Class<?> type) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                com.github.victools.jsonschema.generator.SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT)
                .with(Option.NULLABLE_ARRAY_ITEMS_ALLOWED)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
        // List items may be null (a slice value "missing") unless the item type says @NotNull or @NotBlank.
        config.forFields().withNullableCheck(field -> field.isFakeContainerItemScope()
                ? field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(NotNull.class) == null
                        && field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(NotBlank.class) == null
                : null);
        // A model card's unknown fields live in an any-getter map: they are extra properties, not one named "extra".
        config.forFields().withIgnoreCheck(field -> field.getAnnotationConsideringFieldAndGetter(JsonAnyGetter.class) != null);
        // Keep the records' component order, which is also the order of the fields in the files.
        config.forTypesInGeneral().withPropertySorter(PropertySortUtils.SORT_PROPERTIES_FIELDS_BEFORE_METHODS);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type);
        schema.put("$id", "https://modellab.io/schemas/v" + SchemaVersion.CURRENT + "/" + name + ".schema.json");
        schema.put("title", name + ".json");
        return schema;
    }
}
