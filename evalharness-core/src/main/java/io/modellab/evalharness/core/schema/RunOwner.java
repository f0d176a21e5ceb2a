package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that writes a run while it is RUNNING, so a reader can tell a run in progress from one whose process
 * died (a stale run).
 *
 * @param pid the operating system's process id of the JVM
 * @param host the host name the JVM ran on
 * @param processStartedAt when that process started (ISO-8601 UTC instant, as the operating system reports it):
 *     with the pid it names one process even after the pid is reused
 */
public record RunOwner(
        @JsonProperty("pid") @NotNull @Positive Long pid,
        @JsonProperty("host") @NotBlank String host,
        @JsonProperty("process_started_at") @NotBlank String processStartedAt) {

    /** How far apart two readings of one process's start time may be: the OS reports it rounded. */
    private static final long START_TOLERANCE_MILLIS = 2_000;

    /** The current JVM. */
    public static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElseGet(Instant::now);
        return new RunOwner(self.pid(), hostName(), started.toString());
    }

    /** This machine's host name, or {@code localhost} when it cannot be read. */
    public static String hostName() {
        return Host.NAME;
    }

    /** Read once: a name lookup can be slow. */
    private static final class Host {
        static final String NAME = read();

        private static String read() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }
    }

    /**
     * Whether this process is known to be gone: it ran on this host, and no live process has its pid with its start
     * time. A process on another host cannot be checked from here and is never reported gone.
     */
    public boolean goneOnThisHost() {
        if (!host.equals(hostName())) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = process.get().info().startInstant();
        if (started.isEmpty()) {
            return false;
        }
        // Same pid, another start time: the pid was reused by a later process.
        return Math.abs(started.get().toEpochMilli() - Instant.parse(processStartedAt).toEpochMilli())
                > START_TOLERANCE_MILLIS;
    }

    /** "process 1234 on host h (started 2026-...)", for messages. */
    public String describe() {
        return "process " + pid + " on host " + host + " (started " + processStartedAt + ")";
    }
}
