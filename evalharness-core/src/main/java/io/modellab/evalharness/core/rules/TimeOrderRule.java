package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * With a declared time column, every train time comes before every validation time, and those before every test
 * time. Times are numbers or ISO-8601 dates, date-times or instants (a date-time without offset is read as UTC).
 */
public final class TimeOrderRule implements LeakageRule {

    /** The rule's id. */
    public static final String ID = "time_ordered";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LeakageCheck check(PipelineRecord pipeline) {
        DataSplit split = pipeline.split();
        String column = split.timeColumn();
        if (column == null) {
            return new LeakageCheck(ID, LeakageCheck.Status.SKIPPED, "the split declares no time column", Map.of());
        }
        Table rows = pipeline.rows();
        Map<String, Integer> positions = Evidence.positions(rows);
        List<List<String>> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : List.of("train", "validation", "test")) {
            List<String> keys = name.equals("train") ? split.train() : name.equals("validation") ? split.validation() : split.test();
            if (!keys.isEmpty()) {
                parts.add(keys);
                names.add(name);
            }
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("time_column", column);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i + 1 < parts.size(); i++) {
            String latestKey = null;
            double latest = Double.NEGATIVE_INFINITY;
            for (String key : parts.get(i)) {
                double t = time(rows, Evidence.position(positions, key, names.get(i)), column);
                if (t > latest) {
                    latest = t;
                    latestKey = key;
                }
            }
            List<String> early = new ArrayList<>();
            for (int j = i + 1; j < parts.size(); j++) {
                for (String key : parts.get(j)) {
                    if (time(rows, Evidence.position(positions, key, names.get(j)), column) <= latest) {
                        early.add(key);
                    }
                }
            }
            if (!early.isEmpty()) {
                String later = String.join(" or ", names.subList(i + 1, names.size()));
                problems.add(Evidence.count(early.size(), later + " row is", later + " rows are") + " not after the latest "
                        + names.get(i) + " row " + latestKey + " (" + column + " = "
                        + rows.cell(positions.get(latestKey), column) + ") " + Evidence.examples(early));
                evidence.put("latest_" + names.get(i) + "_row", latestKey);
                evidence.put("rows_not_after_" + names.get(i), early.size());
                evidence.put("examples_not_after_" + names.get(i), Evidence.examples(early));
            }
        }
        if (problems.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.PASS, "every part comes after the one before it in "
                    + column, evidence);
        }
        return new LeakageCheck(ID, LeakageCheck.Status.FAIL, String.join("; ", problems), evidence);
    }

    private static double time(Table rows, int r, String column) {
        String cell = rows.cell(r, column);
        if (cell == null) {
            throw new IllegalArgumentException("row " + rows.rowId(r) + " has no value in the time column " + column);
        }
        String text = cell.trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            try {
                return OffsetDateTime.parse(text).toInstant().toEpochMilli();
            } catch (DateTimeParseException e1) {
                try {
                    return Instant.parse(text).toEpochMilli();
                } catch (DateTimeParseException e2) {
                    try {
                        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
                    } catch (DateTimeParseException e3) {
                        try {
                            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                        } catch (DateTimeParseException e4) {
                            throw new IllegalArgumentException("row " + rows.rowId(r) + " column " + column + " holds \""
                                    + cell + "\", expected a number or an ISO-8601 date or date-time");
                        }
                    }
                }
            }
        }
    }
}
