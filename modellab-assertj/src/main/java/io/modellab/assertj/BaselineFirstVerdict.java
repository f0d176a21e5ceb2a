package io.modellab.assertj;

import static io.modellab.assertj.error.ShouldPassBaselineFirst.shouldHaveBaselineCheck;
import static io.modellab.assertj.error.ShouldPassBaselineFirst.shouldPassBaselineFirst;

import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.ModelRole;
import java.util.Optional;
import org.assertj.core.error.ErrorMessageFactory;

/** The baseline-first rule as run.json and eval_summary.json record it, read the same way for both. */
final class BaselineFirstVerdict {

    private BaselineFirstVerdict() {
    }

    /**
     * What makes "passes baseline first" fail, if anything. A baseline passes: it is the first run by definition; an
     * improved run passes only with an OK check.
     *
     * @param file the file the check is read from, named in the message
     */
    static Optional<ErrorMessageFactory> problem(String runId, ModelRole role, BaselineCheck check, String file) {
        if (role == ModelRole.BASELINE) {
            return Optional.empty();
        }
        if (check == null) {
            return Optional.of(shouldHaveBaselineCheck(runId, file));
        }
        return check.ok() ? Optional.empty() : Optional.of(shouldPassBaselineFirst(runId, file, check));
    }
}
