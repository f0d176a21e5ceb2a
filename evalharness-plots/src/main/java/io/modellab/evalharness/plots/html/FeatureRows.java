package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.schema.modelcard.ColumnImportance;
import io.modellab.evalharness.core.schema.modelcard.ColumnStatistics;
import io.modellab.evalharness.core.schema.modelcard.FeatureInfo;
import io.modellab.evalharness.core.schema.modelcard.FeatureType;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import io.modellab.evalharness.core.schema.modelcard.ScalarStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The feature table of a card's page: one row per {@code feature_inventory} entry, its type recognised whatever the
 * spelling ({@code ColumnType.SET} is {@code set}; a type the spec does not have is {@code other}), its mutual
 * information from {@code column_statistics} when the card has it, and the counts of the type filter.
 */
final class FeatureRows {

    /** The spec's types, in the order of the filter buttons. */
    private static final List<FeatureType> TYPES = List.of(FeatureType.SCALAR, FeatureType.SET, FeatureType.FREE_STRING,
            FeatureType.JSON);

    private FeatureRows() {
    }

    static List<ModelCardView.FeatureRow> of(ModelCard card) {
        List<ModelCardView.FeatureRow> out = new ArrayList<>();
        if (card.featureInventory() == null) {
            return out;
        }
        Map<String, ColumnStatistics> information = card.columnStatistics() == null ? Map.of() : card.columnStatistics();
        for (FeatureInfo f : card.featureInventory()) {
            if (f == null) {
                continue;
            }
            Optional<FeatureType> type = f.featureType();
            ColumnImportance importance = f.columnImportance();
            ColumnStatistics stats = f.name() == null ? null : information.get(f.name());
            String samples = f.sampleValues() == null ? "" : CardFacts.text(f.sampleValues());
            out.add(new ModelCardView.FeatureRow(f.name() == null ? "(unnamed)" : f.name(),
                    type.map(FeatureType::spelling).orElse(f.type() == null ? "not given" : f.type()),
                    type.map(FeatureType::spelling).orElse("other"), f.encoderType() == null ? "" : f.encoderType(),
                    importance == null ? "" : CardFacts.text(importance.weight()), importance(importance),
                    importance == null ? null : importance.description(),
                    f.uniqueValues() == null ? "" : Fmt.count(f.uniqueValues()),
                    f.missingValues() == null ? "" : Fmt.count(f.missingValues()), samples, statistics(f.statistics()),
                    stats == null || stats.mutualInformationBits() == null ? null : Fmt.brief(stats.mutualInformationBits()),
                    CardFacts.inline(f.extra())));
        }
        return out;
    }

    private static String importance(ColumnImportance c) {
        if (c == null) {
            return "";
        }
        // The description repeats for every column with the same reason: it is the cell's tooltip and, once per
        // reason, the legend under the table (importanceReasons).
        List<String> parts = new ArrayList<>();
        parts.add(c.reason() == null ? "reason not given" : c.reason());
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("confidence", c.confidence());
        more.put("unique_ratio", c.uniqueRatio());
        more.put("semantic_similarity", c.semanticSimilarity());
        more.put("average_loss", c.averageLoss());
        more.put("pruning_method", c.pruningMethod());
        more.values().removeIf(Objects::isNull);
        more.putAll(c.extra());
        if (!more.isEmpty()) {
            parts.add(CardFacts.inline(more));
        }
        return String.join(": ", parts);
    }

    /** Each distinct reason of the card's column importances with its descriptions, in order of appearance. */
    static List<ModelCardView.Fact> importanceReasons(ModelCard card) {
        Map<String, java.util.Set<String>> reasons = new LinkedHashMap<>();
        if (card.featureInventory() != null) {
            for (FeatureInfo f : card.featureInventory()) {
                ColumnImportance c = f == null ? null : f.columnImportance();
                if (c != null && c.description() != null) {
                    reasons.computeIfAbsent(c.reason() == null ? "reason not given" : c.reason(),
                            r -> new java.util.LinkedHashSet<>()).add(c.description());
                }
            }
        }
        List<ModelCardView.Fact> out = new ArrayList<>();
        reasons.forEach((reason, descriptions) -> out.add(ModelCardView.Fact.of(reason, String.join(" / ", descriptions))));
        return out;
    }

    private static String statistics(ScalarStatistics s) {
        if (s == null) {
            return "";
        }
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("min", s.min());
        parts.put("q10", s.q10());
        parts.put("q25", s.q25());
        parts.put("median", s.median());
        parts.put("mean", s.mean());
        parts.put("q75", s.q75());
        parts.put("q90", s.q90());
        parts.put("max", s.max());
        parts.put("sd", s.std());
        parts.values().removeIf(Objects::isNull);
        parts.putAll(s.extra());
        // A label and its value never part at a line end; the parts may.
        return CardFacts.of(parts).stream().map(f -> f.label() + "\u00a0" + f.value())
                .collect(Collectors.joining(" \u00b7 "));
    }

    static List<ModelCardView.TypeCount> typeCounts(List<ModelCardView.FeatureRow> features) {
        List<ModelCardView.TypeCount> out = new ArrayList<>();
        for (FeatureType t : TYPES) {
            long n = features.stream().filter(f -> f.typeKey().equals(t.spelling())).count();
            if (n > 0) {
                out.add(new ModelCardView.TypeCount(t.spelling(), t.spelling(), (int) n));
            }
        }
        long other = features.stream().filter(f -> f.typeKey().equals("other")).count();
        if (other > 0) {
            out.add(new ModelCardView.TypeCount("other", "other", (int) other));
        }
        return out;
    }
}
