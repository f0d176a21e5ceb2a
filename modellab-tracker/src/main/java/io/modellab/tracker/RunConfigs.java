package io.modellab.tracker;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.RunRecord;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's config as a typed record plus a free-form map, stored as the one {@code config} object of run.json: the
 * record's fields under their JSON names (nested records become nested objects), then the free-form entries.
 *
 * <pre>{@code
 * record TrainConfig(@JsonProperty("learning_rate") double learningRate, @JsonProperty("epochs") int epochs) {}
 * Map<String, Object> config = RunConfigs.of(new TrainConfig(0.1, 20), Map.of("note", "first try"));
 * ...
 * TrainConfig back = RunConfigs.read(store.load(project, runId), TrainConfig.class);
 * }</pre>
 */
public final class RunConfigs {

    private RunConfigs() {
    }

    /**
     * The config map of {@code typed} and {@code extra}.
     *
     * @param typed a record (or any Jackson-writable object) whose fields become config keys, or {@code null}
     * @param extra free-form entries
     * @throws IllegalArgumentException when a free-form key is also a field of {@code typed}
     */
    public static Map<String, Object> of(Object typed, Map<String, ?> extra) {
        Map<String, Object> config = new TreeMap<>();
        if (typed != null) {
            config.putAll(Json.mapper().convertValue(typed, new TypeReference<Map<String, Object>>() { }));
        }
        for (Map.Entry<String, ?> entry : extra.entrySet()) {
            if (config.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("config key " + entry.getKey() + " is both a field of "
                        + typed.getClass().getSimpleName() + " and a free-form entry; rename one");
            }
            config.put(entry.getKey(), entry.getValue());
        }
        return config;
    }

    /**
     * The typed part of a run's config: the keys {@code type} names, the free-form ones ignored.
     *
     * @throws IllegalArgumentException naming the run and the problem when the config does not fit {@code type}
     */
    public static <T> T read(RunRecord run, Class<T> type) {
        try {
            return Json.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue((com.fasterxml.jackson.databind.JsonNode) Json.mapper().valueToTree(run.config()));
        } catch (IOException e) {
            throw new IllegalArgumentException("the config of run " + run.runId() + " is not a "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
