package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No validation or test row appears in train: by key, and by content (the exact feature and label values of the
 * row, whatever its key). Near-duplicates are out of scope.
 */
public final class SplitDisjointRule implements LeakageRule {

    /** The rule's id. */
    public static final String ID = "split_disjoint";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LeakageCheck check(PipelineRecord pipeline) {
        Table rows = pipeline.rows();
        DataSplit split = pipeline.split();
        Map<String, Integer> positions = Evidence.positions(rows);
        Set<String> trainKeys = new HashSet<>(split.train());
        Map<String, String> trainByContent = new HashMap<>();
        for (String key : split.train()) {
            trainByContent.putIfAbsent(content(rows, Evidence.position(positions, key, "train")), key);
        }

        List<String> sameKey = new ArrayList<>();
        List<String> sameContent = new ArrayList<>();
        for (Map.Entry<String, List<String>> part : Map.of("validation", split.validation(), "test", split.test())
                .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            for (String key : part.getValue()) {
                int r = Evidence.position(positions, key, part.getKey());
                if (trainKeys.contains(key)) {
                    sameKey.add(key);
                } else {
                    String twin = trainByContent.get(content(rows, r));
                    if (twin != null) {
                        sameContent.add(part.getKey() + " " + key + " = train " + twin);
                    }
                }
            }
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("rows_in_train_by_key", sameKey.size());
        evidence.put("rows_in_train_by_content", sameContent.size());
        evidence.put("key_examples", Evidence.examples(sameKey));
        evidence.put("content_examples", Evidence.examples(sameContent));
        if (sameKey.isEmpty() && sameContent.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.PASS,
                    "no validation or test row is in train, by key or by content", evidence);
        }
        return new LeakageCheck(ID, LeakageCheck.Status.FAIL, Evidence.count(sameKey.size(), "held-out row is", "held-out rows are")
                + " also in train by key " + Evidence.examples(sameKey) + ", and "
                + Evidence.count(sameContent.size(), "held-out row duplicates", "held-out rows duplicate")
                + " a train row's values " + Evidence.examples(sameContent), evidence);
    }

    /** The row's cells as one string; a missing cell differs from any text. */
    private static String content(Table rows, int r) {
        StringBuilder b = new StringBuilder();
        for (String column : rows.columnNames()) {
            String cell = rows.cell(r, column);
            b.append(cell == null ? "\u0001" : cell).append('\u0000');
        }
        return b.toString();
    }
}
