package io.modellab.templates;

/** What a missing numeric cell becomes: a statistic of the column's train values. */
public enum NumericFill {
    /** The train rows' mean. */
    MEAN,
    /** The train rows' median (the mean of the two middle values for an even count). */
    MEDIAN
}
