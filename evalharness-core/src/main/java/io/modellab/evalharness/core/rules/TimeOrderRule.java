package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.math.BigDecimal;
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
 * time; a held-out row at the same time as a train row counts as not after it.
 *
 * <p>The column holds either finite decimal numbers (compared exactly) or ISO-8601 dates, date-times or instants
 * (a date-time without offset is read as UTC; compared to the nanosecond), not a mix. A missing, non-finite or
 * unreadable time, or a mix of numbers and dates, is an error that names the row.
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
        List<DataSplit.Part> parts = split.parts().stream().filter(p -> !p.keys().isEmpty()).toList();
        Map<String, Comparable<Object>> times = times(rows, parts, column);

        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("time_column", column);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i + 1 < parts.size(); i++) {
            String latestKey = null;
            for (String key : parts.get(i).keys()) {
                if (latestKey == null || times.get(key).compareTo(times.get(latestKey)) > 0) {
                    latestKey = key;
                }
            }
            Comparable<Object> latest = times.get(latestKey);
            List<String> early = new ArrayList<>();
            for (DataSplit.Part later : parts.subList(i + 1, parts.size())) {
                for (String key : later.keys()) {
                    if (times.get(key).compareTo(latest) <= 0) {
                        early.add(key);
                    }
                }
            }
            if (!early.isEmpty()) {
                String name = parts.get(i).name();
                String laterNames = String.join(" or ", parts.subList(i + 1, parts.size()).stream()
                        .map(DataSplit.Part::name).toList());
                problems.add(Evidence.count(early.size(), laterNames + " row is", laterNames + " rows are")
                        + " not after the latest " + name + " row " + latestKey + " (" + column + " = "
                        + rows.cell(rows.rowPosition(latestKey), column) + ") " + Evidence.examples(early));
                evidence.put("latest_" + name + "_row", latestKey);
                evidence.put("rows_not_after_" + name, early.size());
                evidence.put("examples_not_after_" + name, Evidence.examples(early));
            }
        }
        if (problems.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.PASS, "every part comes after the one before it in "
                    + column, evidence);
        }
        return new LeakageCheck(ID, LeakageCheck.Status.FAIL, String.join("; ", problems), evidence);
    }

    /** Every split row's time, all numbers or all instants. */
    @SuppressWarnings("unchecked")
    private static Map<String, Comparable<Object>> times(Table rows, List<DataSplit.Part> parts, String column) {
        Map<String, Comparable<Object>> times = new LinkedHashMap<>();
        String firstKind = null;
        String firstKey = null;
        for (DataSplit.Part part : parts) {
            for (String key : part.keys()) {
                String cell = rows.cell(rows.rowPosition(key), column);
                if (cell == null) {
                    throw new IllegalArgumentException("row " + key + " has no value in the time column " + column);
                }
                Double number = Cells.finiteNumber(cell);
                Comparable<?> time = number != null ? new BigDecimal(cell.trim()) : instant(cell);
                if (time == null) {
                    throw new IllegalArgumentException("row " + key + " column " + column + " holds \"" + cell
                            + "\", expected a finite number or an ISO-8601 date or date-time");
                }
                String kind = number != null ? "a number" : "a date";
                if (firstKind == null) {
                    firstKind = kind;
                    firstKey = key;
                } else if (!firstKind.equals(kind)) {
                    throw new IllegalArgumentException("time column " + column + " mixes numbers and dates: row "
                            + firstKey + " holds " + firstKind + ", row " + key + " holds \"" + cell + "\"");
                }
                times.put(key, (Comparable<Object>) time);
            }
        }
        return times;
    }

    private static Instant instant(String cell) {
        String text = cell.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                    } catch (DateTimeParseException notDate) {
                        return null;
                    }
                }
            }
        }
    }
}
