package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No validation or test row appears in train: by key, and by content, the SHA-256 of the row's feature and label
 * values (every column but the split's time and group columns, which identify rows rather than describe them).
 * Exact duplicates only; near-duplicates are out of scope.
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
        List<String> contentColumns = new ArrayList<>(rows.columnNames());
        contentColumns.remove(split.timeColumn());
        contentColumns.remove(split.groupColumn());
        Set<String> trainKeys = new HashSet<>(split.train());
        Map<String, String> trainByContent = new HashMap<>();
        for (String key : split.train()) {
            trainByContent.putIfAbsent(contentHash(rows, rows.rowPosition(key), contentColumns), key);
        }

        List<String> sameKey = new ArrayList<>();
        List<String> sameContent = new ArrayList<>();
        for (DataSplit.Part part : split.parts().subList(1, 3)) {
            for (String key : part.keys()) {
                if (trainKeys.contains(key)) {
                    sameKey.add(key);
                } else {
                    String twin = trainByContent.get(contentHash(rows, rows.rowPosition(key), contentColumns));
                    if (twin != null) {
                        sameContent.add(part.name() + " " + key + " = train " + twin);
                    }
                }
            }
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("rows_in_train_by_key", sameKey.size());
        evidence.put("rows_in_train_by_content", sameContent.size());
        evidence.put("key_examples", Evidence.examples(sameKey));
        evidence.put("content_examples", Evidence.examples(sameContent));
        evidence.put("content_columns", contentColumns.size());
        if (sameKey.isEmpty() && sameContent.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.PASS,
                    "no validation or test row is in train, by key or by content", evidence);
        }
        List<String> found = new ArrayList<>();
        if (!sameKey.isEmpty()) {
            found.add(Evidence.count(sameKey.size(), "held-out row is", "held-out rows are") + " also in train by key "
                    + Evidence.examples(sameKey));
        }
        if (!sameContent.isEmpty()) {
            found.add(Evidence.count(sameContent.size(), "held-out row has", "held-out rows have")
                    + " the same feature and label values as a train row " + Evidence.examples(sameContent));
        }
        return new LeakageCheck(ID, LeakageCheck.Status.FAIL, String.join("; ", found), evidence);
    }

    private static String contentHash(Table rows, int r, List<String> columns) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String column : columns) {
                String cell = rows.cell(r, column);
                // A missing cell hashes differently from any text, including the empty string.
                sha.update(cell == null ? new byte[] {1} : ("\0" + cell).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
