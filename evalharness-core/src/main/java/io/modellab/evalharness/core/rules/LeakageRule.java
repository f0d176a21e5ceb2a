package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.schema.LeakageCheck;

/** One leakage rule. Implementations are stateless and deterministic. */
public interface LeakageRule {

    /** The rule's id as written in leakage.json. */
    String id();

    /** Checks the pipeline. */
    LeakageCheck check(PipelineRecord pipeline);
}
