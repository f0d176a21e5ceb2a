package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * With a declared group column (a patient, a user, a session), each group stays on one side of the split. Rows
 * without a group value belong to no group; they are counted, not grouped together.
 */
public final class GroupSplitRule implements LeakageRule {

    /** The rule's id. */
    public static final String ID = "groups_on_one_side";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LeakageCheck check(PipelineRecord pipeline) {
        DataSplit split = pipeline.split();
        String column = split.groupColumn();
        if (column == null) {
            return new LeakageCheck(ID, LeakageCheck.Status.SKIPPED, "the split declares no group column", Map.of());
        }
        Table rows = pipeline.rows();
        Map<String, Set<String>> sidesOfGroup = new TreeMap<>(Evidence.NATURAL);
        int withoutGroup = 0;
        for (DataSplit.Part part : split.parts()) {
            for (String key : part.keys()) {
                String group = rows.cell(rows.rowPosition(key), column);
                if (group == null) {
                    withoutGroup++;
                } else {
                    sidesOfGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(part.name());
                }
            }
        }
        List<String> shared = sidesOfGroup.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + String.join("+", e.getValue())).toList();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("group_column", column);
        evidence.put("groups", sidesOfGroup.size());
        evidence.put("groups_on_several_sides", shared.size());
        evidence.put("rows_without_group", withoutGroup);
        evidence.put("examples", shared.stream().limit(Evidence.EXAMPLES).toList());
        if (shared.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.PASS, "each of the " + sidesOfGroup.size()
                    + " groups of " + column + " is on one side", evidence);
        }
        return new LeakageCheck(ID, LeakageCheck.Status.FAIL, Evidence.count(shared.size(), "group", "groups") + " of "
                + column + " (of " + sidesOfGroup.size() + ") " + (shared.size() == 1 ? "is" : "are")
                + " on more than one side " + shared.stream().limit(Evidence.EXAMPLES).toList(), evidence);
    }
}
