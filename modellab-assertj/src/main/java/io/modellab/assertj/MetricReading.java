package io.modellab.assertj;

/**
 * One metric as a run (or one slice of it) reported it, with what a failure message needs to say about it.
 *
 * @param metric the metric's name
 * @param owner whose value it is, e.g. {@code run run-...} or {@code slice checking_status = <0 of run run-...}
 * @param value the value, {@code null} when undefined
 * @param note why it is undefined, as the file says, or {@code null}
 * @param detail more about the value, with its leading space, e.g. {@code " on 89 rows, overall 0.76"}, or empty
 * @param interval its bootstrap interval, or {@code null}
 * @param noInterval why there is no interval, when there is none
 */
record MetricReading(String metric, String owner, Double value, String note, String detail, Interval interval,
                     String noInterval) {

    /** E.g. {@code roc_auc of run run-...}. */
    String subject() {
        return metric + " of " + owner;
    }

    /** The value and its interval, or why it has none: the last line of a failure message. */
    String evidence() {
        return metric + ": " + value + detail + ", "
                + (interval == null ? "no confidence interval (" + noInterval + ")" : interval.describe());
    }
}
