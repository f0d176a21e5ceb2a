package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A slice as data: enough to pick the same rows again from the same evaluated rows. One small DSL, one record:
 * {@code kind} says which row value the rule reads and which of the other fields it uses.
 *
 * <table>
 *   <caption>Kinds</caption>
 *   <tr><th>kind</th><th>a row is in the slice when</th><th>fields</th></tr>
 *   <tr><td>{@value #COLUMN_IN}</td><td>its cell in {@code column} is one of {@code values} (a missing cell
 *       matches the value {@code null})</td><td>column, values</td></tr>
 *   <tr><td>{@value #NUMERIC_RANGE}</td><td>its cell in {@code column}, read as a number, is in
 *       [{@code lower}, {@code upper}); a missing or non-numeric cell is in no range</td><td>column, lower, upper</td></tr>
 *   <tr><td>{@value #MISSING_SHARE}</td><td>the share of its feature cells that are missing is in [lower, upper)</td>
 *       <td>lower, upper</td></tr>
 *   <tr><td>{@value #CONFIDENCE}</td><td>the model's probability for its predicted label is in [lower, upper)</td>
 *       <td>lower, upper</td></tr>
 *   <tr><td>{@value #ACTUAL_CLASS}</td><td>its actual label is one of {@code values}</td><td>values</td></tr>
 *   <tr><td>{@value #PREDICTED_CLASS}</td><td>its predicted label is one of {@code values}</td><td>values</td></tr>
 *   <tr><td>{@value #TARGET}</td><td>its actual numeric target (regression) is in [lower, upper)</td>
 *       <td>lower, upper</td></tr>
 *   <tr><td>{@value #QUERY_LENGTH}</td><td>the number of whitespace-separated tokens of its cell in {@code column}
 *       (the query text; missing counts 0) is in [lower, upper)</td><td>column, lower, upper</td></tr>
 *   <tr><td>{@value #QUERY_FREQUENCY}</td><td>the number of evaluated rows whose cell in {@code column} equals its
 *       own (how often the query occurs) is in [lower, upper): head queries are frequent, tail queries rare</td>
 *       <td>column, lower, upper</td></tr>
 *   <tr><td>{@value #AND}</td><td>it is in every one of {@code parts}</td><td>parts</td></tr>
 * </table>
 *
 * <p>A range is closed below and open above; a {@code null} end is unbounded, so the buckets of one family (the
 * first with no lower end, the last with no upper end) cover every value exactly once. Quantile buckets are ranges
 * whose ends were read off the data: {@code bucket} and {@code buckets} say which one (e.g. decile 3 of 10), and the
 * ends alone recompute it.
 *
 * @param kind the rule, one of {@link #KINDS}
 * @param column the column the rule reads, for the kinds that read one
 * @param values the values the rule accepts, for {@value #COLUMN_IN} and the class kinds
 * @param lower a range's lower end (inclusive), {@code null} for none
 * @param upper a range's upper end (exclusive), {@code null} for none
 * @param bucket for a quantile bucket, its position from 1 (lowest values first)
 * @param buckets for a quantile bucket, how many buckets were asked for (ties can leave fewer)
 * @param parts the slices an {@value #AND} intersects
 */
public record SliceDefinition(
        @JsonProperty("kind") @NotBlank @Pattern(regexp = "(" + KIND_PATTERN + ")?", message = "must be one of " + KIND_PATTERN) String kind,
        @JsonProperty("column") @Size(min = 1) String column,
        @JsonProperty("values") @Size(min = 1) List<String> values,
        @JsonProperty("lower") @Finite Double lower,
        @JsonProperty("upper") @Finite Double upper,
        @JsonProperty("bucket") @Positive Integer bucket,
        @JsonProperty("buckets") @Positive Integer buckets,
        @JsonProperty("parts") @Size(min = 2) List<@NotNull @Valid SliceDefinition> parts) {

    /** Rows whose cell in {@code column} is one of {@code values}. */
    public static final String COLUMN_IN = "column_in";
    /** Rows whose cell in {@code column}, as a number, is in [lower, upper). */
    public static final String NUMERIC_RANGE = "numeric_range";
    /** Rows whose share of missing feature cells is in [lower, upper). */
    public static final String MISSING_SHARE = "missing_share";
    /** Rows whose predicted label's probability is in [lower, upper). */
    public static final String CONFIDENCE = "confidence";
    /** Rows whose actual label is one of {@code values}. */
    public static final String ACTUAL_CLASS = "actual_class";
    /** Rows whose predicted label is one of {@code values}. */
    public static final String PREDICTED_CLASS = "predicted_class";
    /** Rows whose actual numeric target is in [lower, upper). */
    public static final String TARGET = "target";
    /** Rows whose query text in {@code column} has a token count in [lower, upper). */
    public static final String QUERY_LENGTH = "query_length";
    /** Rows whose value in {@code column} occurs a number of times in [lower, upper) among the evaluated rows. */
    public static final String QUERY_FREQUENCY = "query_frequency";
    /** Rows in every one of {@code parts}. */
    public static final String AND = "and";

    /** A pattern that accepts exactly the kinds. */
    public static final String KIND_PATTERN = "column_in|numeric_range|missing_share|confidence|actual_class"
            + "|predicted_class|target|query_length|query_frequency|and";

    /** Every kind. */
    public static final Set<String> KINDS = Set.of(COLUMN_IN, NUMERIC_RANGE, MISSING_SHARE, CONFIDENCE, ACTUAL_CLASS,
            PREDICTED_CLASS, TARGET, QUERY_LENGTH, QUERY_FREQUENCY, AND);

    private static final Set<String> RANGES = Set.of(NUMERIC_RANGE, MISSING_SHARE, CONFIDENCE, TARGET, QUERY_LENGTH,
            QUERY_FREQUENCY);
    private static final Set<String> WITH_COLUMN = Set.of(COLUMN_IN, NUMERIC_RANGE, QUERY_LENGTH, QUERY_FREQUENCY);
    private static final Set<String> WITH_VALUES = Set.of(COLUMN_IN, ACTUAL_CLASS, PREDICTED_CLASS);

    /**
     * Copies the lists (values may hold {@code null}: the missing cell) and checks that the fields fit the kind.
     *
     * @throws IllegalArgumentException naming the kind and the field it needs or cannot have
     */
    public SliceDefinition {
        values = values == null ? null : Lists.copyOf(values);
        parts = parts == null ? null : List.copyOf(parts);
        // An unknown or blank kind is left to validation (kind's pattern), which names the field.
        if (KINDS.contains(kind)) {
            require(WITH_COLUMN.contains(kind) == (column != null), kind, "column");
            require(WITH_VALUES.contains(kind) == (values != null), kind, "values");
            require(AND.equals(kind) == (parts != null), kind, "parts");
            if (!RANGES.contains(kind) && (lower != null || upper != null || bucket != null || buckets != null)) {
                throw new IllegalArgumentException("a " + kind + " slice has no lower, upper, bucket or buckets");
            }
            if (lower != null && upper != null && !(lower < upper)) {
                throw new IllegalArgumentException("a " + kind + " slice needs lower < upper, got [" + lower + ", "
                        + upper + ")");
            }
            if ((bucket == null) != (buckets == null) || bucket != null && bucket > buckets) {
                throw new IllegalArgumentException("bucket and buckets come together, with bucket <= buckets; got "
                        + bucket + " of " + buckets);
            }
        }
    }

    private static void require(boolean fits, String kind, String field) {
        if (!fits) {
            throw new IllegalArgumentException("a " + kind + " slice " + (WITH_COLUMN.contains(kind)
                    && "column".equals(field) || WITH_VALUES.contains(kind) && "values".equals(field)
                    || AND.equals(kind) && "parts".equals(field) ? "needs " : "has no ") + field);
        }
    }

    /** A {@value #COLUMN_IN} slice (the form slices.json had before the other kinds). */
    public SliceDefinition(String kind, String column, List<String> values) {
        this(kind, column, values, null, null, null, null, null);
    }

    /** The slice as one line of the DSL, e.g. {@code confidence in [0.62, 0.71)} or {@code a = x AND b in [1, 2)}. */
    public String describe() {
        return switch (kind) {
            case COLUMN_IN -> column + in(values);
            case ACTUAL_CLASS -> "actual" + in(values);
            case PREDICTED_CLASS -> "predicted" + in(values);
            case AND -> parts.stream().map(p -> AND.equals(p.kind()) ? "(" + p.describe() + ")" : p.describe())
                    .collect(Collectors.joining(" AND "));
            case NUMERIC_RANGE, QUERY_LENGTH, QUERY_FREQUENCY -> (NUMERIC_RANGE.equals(kind) ? column
                    : kind + "(" + column + ")") + range();
            default -> kind + range();
        };
    }

    private static String in(List<String> values) {
        if (values.size() == 1) {
            return values.get(0) == null ? " is missing" : " = " + values.get(0);
        }
        return " in " + values.stream().map(v -> Objects.toString(v, "<missing>")).toList();
    }

    private String range() {
        String text = lower == null && upper == null ? " any"
                : lower == null ? " < " + number(upper)
                : upper == null ? " >= " + number(lower)
                : " in [" + number(lower) + ", " + number(upper) + ")";
        return bucket == null ? text : text + " (bucket " + bucket + " of " + buckets + ")";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.4g", v).replaceFirst("0+$", "").replaceFirst("\\.$", "").replaceFirst("0+e", "e");
    }
}
