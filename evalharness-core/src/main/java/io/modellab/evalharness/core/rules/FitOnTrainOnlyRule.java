package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every fitted step saw train rows only; and no category a step learned occurs only outside train, which catches
 * an encoder fitted on all rows even when the pipeline cannot say which rows it saw. For a
 * {@value FitRecord#VOCABULARY} step, cells are split into runs of letters and digits and compared
 * case-insensitively, since a vocabulary learns tokens, not whole cells.
 */
public final class FitOnTrainOnlyRule implements LeakageRule {

    /** The rule's id. */
    public static final String ID = "fit_on_train_only";

    private static final Pattern NOT_A_TOKEN = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LeakageCheck check(PipelineRecord pipeline) {
        List<FitRecord> checkable = pipeline.fits().stream()
                .filter(f -> f.rowsSeen() != null || !f.categories().isEmpty()).toList();
        if (checkable.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.SKIPPED, pipeline.fits().isEmpty()
                    ? "the pipeline recorded no fitted step"
                    : "no fitted step recorded its rows or what it learned", Map.of("steps", pipeline.fits().size()));
        }
        Table rows = pipeline.rows();
        Set<String> train = new HashSet<>(pipeline.split().train());
        List<String> heldOut = new ArrayList<>(pipeline.split().validation());
        heldOut.addAll(pipeline.split().test());

        List<String> problems = new ArrayList<>();
        Set<String> unchecked = new TreeSet<>();
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (FitRecord fit : checkable) {
            if (fit.rowsSeen() != null) {
                List<String> outside = fit.rowsSeen().stream().filter(k -> !train.contains(k)).toList();
                if (!outside.isEmpty()) {
                    problems.add("step '" + fit.step() + "' (" + fit.kind() + ") was fitted on "
                            + Evidence.count(outside.size(), "row", "rows") + " outside train " + Evidence.examples(outside));
                    evidence.put(fit.step() + ": rows outside train", outside.size());
                    evidence.put(fit.step() + ": row examples", Evidence.examples(outside));
                }
            }
            boolean tokens = FitRecord.VOCABULARY.equals(fit.kind());
            for (Map.Entry<String, List<String>> learned : fit.categories().entrySet()) {
                String column = learned.getKey();
                if (!rows.hasColumn(column)) {
                    unchecked.add(column);
                    continue;
                }
                Set<String> learnedValues = new HashSet<>();
                learned.getValue().forEach(v -> learnedValues.add(tokens ? v.toLowerCase(Locale.ROOT) : v));
                Set<String> inTrain = values(rows, pipeline.split().train(), column, tokens);
                Set<String> outsideOnly = new TreeSet<>(Evidence.NATURAL);
                for (String value : values(rows, heldOut, column, tokens)) {
                    if (!inTrain.contains(value) && learnedValues.contains(value)) {
                        outsideOnly.add(value);
                    }
                }
                if (!outsideOnly.isEmpty()) {
                    String what = tokens ? Evidence.count(outsideOnly.size(), "token", "tokens")
                            : Evidence.count(outsideOnly.size(), "category", "categories");
                    problems.add("step '" + fit.step() + "' (" + fit.kind() + ") learned " + what + " of column "
                            + column + (outsideOnly.size() == 1 ? " that occurs" : " that occur") + " only outside train "
                            + Evidence.examples(outsideOnly));
                    evidence.put(fit.step() + ": learned only from outside train in " + column, Evidence.examples(outsideOnly));
                }
            }
        }
        evidence.put("steps_checked", checkable.size());
        evidence.put("steps_that_recorded_nothing", pipeline.fits().size() - checkable.size());
        if (!unchecked.isEmpty()) {
            evidence.put("columns_not_in_rows", List.copyOf(unchecked));
        }
        if (problems.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.PASS, "all " + Evidence.count(checkable.size(),
                    "step that recorded what it saw", "steps that recorded what they saw") + " saw train rows only",
                    evidence);
        }
        return new LeakageCheck(ID, LeakageCheck.Status.FAIL, String.join("; ", problems), evidence);
    }

    private static Set<String> values(Table rows, List<String> keys, String column, boolean tokens) {
        Set<String> out = new HashSet<>();
        for (String key : keys) {
            String cell = rows.cell(rows.rowPosition(key), column);
            if (cell == null) {
                continue;
            }
            if (tokens) {
                for (String token : NOT_A_TOKEN.split(cell.toLowerCase(Locale.ROOT))) {
                    if (!token.isEmpty()) {
                        out.add(token);
                    }
                }
            } else {
                out.add(cell);
            }
        }
        return out;
    }
}
