package io.modellab.evalharness.plots.html;

import java.util.List;

/**
 * What a model card's page shows, every value already formatted: the template only places and escapes strings.
 * Colour classes ({@code statusClass}, {@code qualityClass}, {@code severityClass}) are the names of the spec's
 * values, or {@code OTHER} for a spelling this library does not know, so no text from the file becomes a class.
 *
 * @param header name, type, status and identity
 * @param warnings quality warnings, most severe first (the overall training warning included)
 * @param dashboard the metrics, in groups
 * @param quality the assessment, the rule behind it and the recommendations
 * @param data the training data summary
 * @param features the feature inventory
 * @param featureTypes one filter button per type present, with its count
 * @param featureInformation whether any feature has a mutual information (from {@code column_statistics})
 * @param featureExtras whether any feature has fields this library does not know
 * @param importanceReasons each column-importance reason of the features with its description, shown once under
 *     the table rather than in every row
 * @param training the losses chart (a data URI, or {@code null} when the card has too few losses to draw) and facts
 * @param sections the other known sections, as facts: configuration, architecture
 * @param collapsed sections shown collapsed: technical details, provenance
 * @param others sections this library does not know, as facts
 */
public record ModelCardView(Header header, List<Warning> warnings, List<MetricGroup> dashboard, Quality quality,
                            Section data, List<FeatureRow> features, List<TypeCount> featureTypes,
                            boolean featureInformation, boolean featureExtras, List<Fact> importanceReasons,
                            Training training,
                            List<Section> sections, List<Section> collapsed, List<Section> others) {

    /** The page header. */
    public record Header(String title, String modelType, String status, String statusClass, String quality,
                         String qualityClass, List<Fact> facts) {
    }

    /** One label and its value; {@code tooltip} explains the label, or is {@code null}. */
    public record Fact(String label, String value, String tooltip) {
        /** A fact without a tooltip. */
        public static Fact of(String label, String value) {
            return new Fact(label, value, null);
        }
    }

    /** A quality warning. */
    public record Warning(String type, String severity, String severityClass, String message, String recommendation,
                          List<String> recommendations, List<Fact> details) {
    }

    /** A titled group of metric tiles, e.g. "At the decision threshold". */
    public record MetricGroup(String title, String tooltip, List<Metric> metrics) {
    }

    /** A metric tile: value, an optional interval or note, and what the metric means. */
    public record Metric(String name, String value, String note, String tooltip) {
    }

    /**
     * The assessment, with the rule behind it when the card gives one, the recommendations as (issue, suggestion)
     * facts, and the section's other fields.
     */
    public record Quality(String assessment, String qualityClass, String rule, List<Fact> recommendations,
                          List<Fact> facts) {
    }

    /**
     * One feature. {@code typeKey} is the spec's type name or {@code other}; it drives the type filter.
     * {@code importance} is the reason (and any detection numbers), {@code importanceDescription} its sentence.
     */
    public record FeatureRow(String name, String type, String typeKey, String encoder, String weight,
                             String importance, String importanceDescription, String unique, String missing,
                             String samples, String statistics, String information, String extra) {
    }

    /** A filter button: the type and how many features have it. */
    public record TypeCount(String typeKey, String label, int count) {
    }

    /** The training section: the loss chart when there is one, and the epoch facts. */
    public record Training(String lossChartUri, List<Fact> facts) {
    }

    /** A section shown as a list of facts. */
    public record Section(String id, String title, List<Fact> facts) {
    }
}
