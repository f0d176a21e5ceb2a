package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every fitted step saw train rows only; and no category a step learned occurs only outside train, which catches
 * an encoder fitted on all rows even when the pipeline cannot say which rows it saw.
 */
public final class FitOnTrainOnlyRule implements LeakageRule {

    /** The rule's id. */
    public static final String ID = "fit_on_train_only";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LeakageCheck check(PipelineRecord pipeline) {
        if (pipeline.fits().isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.SKIPPED, "the pipeline recorded no fitted step", Map.of());
        }
        Table rows = pipeline.rows();
        Map<String, Integer> positions = Evidence.positions(rows);
        Set<String> train = new HashSet<>(pipeline.split().train());
        List<String> heldOut = new ArrayList<>(pipeline.split().validation());
        heldOut.addAll(pipeline.split().test());

        List<String> problems = new ArrayList<>();
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (FitRecord fit : pipeline.fits()) {
            if (fit.rowsSeen() != null) {
                List<String> outside = fit.rowsSeen().stream().filter(k -> !train.contains(k)).toList();
                if (!outside.isEmpty()) {
                    problems.add("step '" + fit.step() + "' (" + fit.kind() + ") was fitted on "
                            + Evidence.count(outside.size(), "row", "rows") + " outside train "
                            + Evidence.examples(outside));
                    evidence.put(fit.step() + ": rows outside train", outside.size());
                    evidence.put(fit.step() + ": row examples", Evidence.examples(outside));
                }
            }
            for (Map.Entry<String, List<String>> learned : fit.categories().entrySet()) {
                String column = learned.getKey();
                if (!rows.hasColumn(column)) {
                    continue;
                }
                Set<String> inTrain = new HashSet<>();
                for (String key : pipeline.split().train()) {
                    inTrain.add(rows.cell(Evidence.position(positions, key, "train"), column));
                }
                Set<String> outsideOnly = new TreeSet<>();
                for (String key : heldOut) {
                    String value = rows.cell(Evidence.position(positions, key, "held-out"), column);
                    if (value != null && !inTrain.contains(value) && learned.getValue().contains(value)) {
                        outsideOnly.add(value);
                    }
                }
                if (!outsideOnly.isEmpty()) {
                    problems.add("step '" + fit.step() + "' (" + fit.kind() + ") learned "
                            + Evidence.count(outsideOnly.size(), "category", "categories") + " of column " + column
                            + (outsideOnly.size() == 1 ? " that occurs" : " that occur") + " only outside train "
                            + Evidence.examples(outsideOnly));
                    evidence.put(fit.step() + ": categories only outside train in " + column, Evidence.examples(outsideOnly));
                }
            }
        }
        evidence.put("steps_checked", pipeline.fits().size());
        if (problems.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.PASS, "all " + Evidence.count(pipeline.fits().size(),
                    "fitted step", "fitted steps") + " saw train rows only", evidence);
        }
        return new LeakageCheck(ID, LeakageCheck.Status.FAIL, String.join("; ", problems), evidence);
    }
}
