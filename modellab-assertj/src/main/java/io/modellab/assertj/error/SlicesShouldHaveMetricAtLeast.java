package io.modellab.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Some slices of a run have a metric below the bound every slice should reach. */
public class SlicesShouldHaveMetricAtLeast extends BasicErrorMessageFactory {

    /**
     * Creates the message.
     *
     * @param runId the run
     * @param which which slices were checked, with its leading space, e.g. {@code " of at least 30 rows"}
     * @param metric the metric
     * @param bound the smallest value every slice should have
     * @param checked how many slices were checked
     * @param below one line per slice that missed the bound: its name, size and value
     * @param skipped what was not checked and how to check it, or an empty string
     */
    public static ErrorMessageFactory slicesShouldHaveMetricAtLeast(String runId, String which, String metric,
                                                                    double bound, int checked, List<String> below,
                                                                    String skipped) {
        return new SlicesShouldHaveMetricAtLeast(runId, which, metric, bound, checked, below, skipped);
    }

    private SlicesShouldHaveMetricAtLeast(String runId, String which, String metric, double bound, int checked,
                                          List<String> below, String skipped) {
        super("%nExpecting every slice of run %s%s to have %s at least:%n  %s%nbut %s of the %s slices checked did"
                        + " not:%n%s%s", unquotedString(runId), unquotedString(which), unquotedString(metric), bound,
                below.size(), checked, unquotedString(String.join(System.lineSeparator(), below)),
                unquotedString(skipped.isEmpty() ? "" : System.lineSeparator() + skipped));
    }
}
