package io.modellab.tracker.data;

import io.modellab.evalharness.core.schema.ColumnType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to make of a CSV source when it becomes a dataset version.
 *
 * <pre>{@code
 * IngestOptions options = IngestOptions.defaults()
 *         .withTarget("class")
 *         .withSplit(SplitSpec.stratified("class", 0.3, 42))
 *         .withType("installment_commitment", ColumnType.CATEGORICAL)
 *         .withNotes("UCI Statlog German credit, as bundled");
 * }</pre>
 *
 * @param target the target column, or {@code null}; a named target must exist and have at least two values
 * @param missingTokens cell values read as missing; an empty cell always is, so {@code ""} is always among them
 * @param types column types set in code, overriding inference; a value that does not fit its set type is an error
 *     naming its line and column
 * @param split the split to define, or {@code null} for none
 * @param ingestedBy who or what ingests, recorded in the provenance
 * @param notes free text recorded with the version, or {@code null}
 * @param profile how to profile and infer types
 */
public record IngestOptions(String target, List<String> missingTokens, Map<String, ColumnType> types, SplitSpec split,
                            String ingestedBy, String notes, ProfileOptions profile) {

    /** {@code ""}, {@code NA}, {@code N/A}, {@code NaN}, {@code null} and {@code ?} (the ARFF missing value). */
    public static final List<String> DEFAULT_MISSING_TOKENS = List.of("", "NA", "N/A", "NaN", "null", "?");

    /** Copies the collections, puts {@code ""} first among the missing tokens, and checks the rest. */
    public IngestOptions {
        List<String> tokens = new ArrayList<>();
        tokens.add("");
        for (String token : Objects.requireNonNull(missingTokens, "missingTokens")) {
            if (!tokens.contains(Objects.requireNonNull(token, "a missing token"))) {
                tokens.add(token);
            }
        }
        missingTokens = List.copyOf(tokens);
        types = Collections.unmodifiableMap(new TreeMap<>(types));
        if (ingestedBy == null || ingestedBy.isBlank()) {
            throw new IllegalArgumentException("ingestedBy must name who or what ingests the data");
        }
        Objects.requireNonNull(profile, "profile");
    }

    /** No target, no split, the default missing tokens and profile, ingested by the user running the JVM. */
    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_MISSING_TOKENS, Map.of(), null,
                System.getProperty("user.name", "unknown"), null, ProfileOptions.DEFAULTS);
    }

    /** These options with a target. */
    public IngestOptions withTarget(String column) {
        return new IngestOptions(column, missingTokens, types, split, ingestedBy, notes, profile);
    }

    /** These options with other missing tokens ({@code ""} stays one). */
    public IngestOptions withMissingTokens(List<String> tokens) {
        return new IngestOptions(target, tokens, types, split, ingestedBy, notes, profile);
    }

    /** These options with {@code column}'s type set, whatever inference finds. */
    public IngestOptions withType(String column, ColumnType type) {
        Map<String, ColumnType> more = new TreeMap<>(types);
        more.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(type, "type"));
        return new IngestOptions(target, missingTokens, more, split, ingestedBy, notes, profile);
    }

    /** These options with a split. */
    public IngestOptions withSplit(SplitSpec spec) {
        return new IngestOptions(target, missingTokens, types, spec, ingestedBy, notes, profile);
    }

    /** These options with who or what ingests. */
    public IngestOptions withIngestedBy(String who) {
        return new IngestOptions(target, missingTokens, types, split, who, notes, profile);
    }

    /** These options with notes. */
    public IngestOptions withNotes(String text) {
        return new IngestOptions(target, missingTokens, types, split, ingestedBy, text, profile);
    }

    /** These options with other profile limits. */
    public IngestOptions withProfile(ProfileOptions options) {
        return new IngestOptions(target, missingTokens, types, split, ingestedBy, notes, options);
    }
}
