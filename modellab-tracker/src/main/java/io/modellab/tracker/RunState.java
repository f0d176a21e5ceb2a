package io.modellab.tracker;

/**
 * What a reader can say about a run: its recorded status, checked against the run folder and the process that
 * owns it.
 */
public enum RunState {
    /** RUNNING, and its owning process is alive (or runs on another host, which cannot be checked from here). */
    RUNNING,
    /**
     * RUNNING in run.json, but its owning process is gone (killed, crashed, or the machine restarted), or no owner
     * was recorded: the run will never finish. {@link RunStore#recoverStale} marks such runs FAILED.
     */
    STALE,
    /**
     * DONE, and every file its artifact list names is in place with the recorded size. A run saved DONE without a
     * run handle ({@link RunStore#save}, or a file from before artifact lists) has no list and is not checked.
     */
    DONE,
    /** DONE in run.json, but a file its artifact list names is missing or differs: not to be trusted. */
    INCOMPLETE,
    /** FAILED, with the reason in run.json. */
    FAILED
}
