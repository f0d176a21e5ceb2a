package io.modellab.assertj.error;

import io.modellab.evalharness.core.schema.SliceReport;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * No slice was large enough to check. A claim about every slice that checked none would pass on nothing, so it fails.
 */
public class ShouldHaveSlicesToCheck extends BasicErrorMessageFactory {

    /**
     * Creates the message for a check of every slice.
     *
     * @param slices the run's slices.json
     * @param includingSmall whether slices below the minimum size were to be checked too
     */
    public static ErrorMessageFactory shouldHaveSlicesToCheck(SliceReport slices, boolean includingSmall) {
        int count = slices.slices().size();
        String why = count == 0 || includingSmall ? "its slices.json has no slice"
                : smaller(count) + " (includingSmallSlices() checks small slices too)";
        return new ShouldHaveSlicesToCheck("%nExpecting run %s to have a slice %s, but %s",
                unquotedString(slices.runId()),
                unquotedString(includingSmall ? "to check" : "of at least " + slices.minSampleSize() + " rows"),
                unquotedString(why));
    }

    /**
     * Creates the message for a worst slice that cannot be named.
     *
     * @param slices the run's slices.json
     */
    public static ErrorMessageFactory shouldHaveWorstSlice(SliceReport slices) {
        int count = slices.slices().size();
        return new ShouldHaveSlicesToCheck("%nExpecting run %s to have a worst slice of at least %s rows, but %s",
                unquotedString(slices.runId()), slices.minSampleSize(),
                unquotedString(count == 0 ? "its slices.json has no slice" : smaller(count)));
    }

    /**
     * Creates the message for a slice family that slices.json does not have.
     *
     * @param runId the run
     * @param family the family asked for
     * @param families the families slices.json has
     */
    public static ErrorMessageFactory shouldHaveSliceFamily(String runId, String family, List<String> families) {
        return new ShouldHaveSlicesToCheck("%nExpecting run %s to have slices in family %s, but its slices.json has"
                + " only:%n  %s", unquotedString(runId), unquotedString(family),
                unquotedString(String.join(", ", families)));
    }

    private static String smaller(int count) {
        return (count == 1 ? "its only slice is" : "its " + count + " slices are all") + " smaller";
    }

    private ShouldHaveSlicesToCheck(String format, Object... arguments) {
        super(format, arguments);
    }
}
