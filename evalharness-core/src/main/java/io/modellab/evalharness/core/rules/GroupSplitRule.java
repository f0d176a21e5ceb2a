package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** With a declared group column (a patient, a user, a session), each group stays on one side of the split. */
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
        Map<String, Integer> positions = Evidence.positions(rows);
        Map<String, Set<String>> sidesOfGroup = new TreeMap<>();
        Map<String, List<String>> parts = Map.of("train", split.train(), "validation", split.validation(), "test", split.test());
        parts.forEach((side, keys) -> {
            for (String key : keys) {
                String group = rows.cell(Evidence.position(positions, key, side), column);
                sidesOfGroup.computeIfAbsent(group == null ? "<missing>" : group, g -> new TreeSet<>()).add(side);
            }
        });
        List<String> shared = sidesOfGroup.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + String.join("+", e.getValue())).toList();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("group_column", column);
        evidence.put("groups", sidesOfGroup.size());
        evidence.put("groups_on_several_sides", shared.size());
        evidence.put("examples", Evidence.examples(shared));
        if (shared.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.PASS, "each of the " + sidesOfGroup.size()
                    + " groups of " + column + " is on one side", evidence);
        }
        return new LeakageCheck(ID, LeakageCheck.Status.FAIL, Evidence.count(shared.size(), "group", "groups") + " of "
                + column + " (of " + sidesOfGroup.size() + ") " + (shared.size() == 1 ? "is" : "are")
                + " on more than one side " + Evidence.examples(shared),
                evidence);
    }
}
