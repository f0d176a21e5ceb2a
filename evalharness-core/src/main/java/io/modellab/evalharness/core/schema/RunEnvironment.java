package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a run ran. The CPU count and library versions are {@code null} in files written before they were recorded.
 *
 * @param javaVersion {@code java.version}
 * @param javaVendor {@code java.vendor}
 * @param osName {@code os.name}
 * @param osArch {@code os.arch}
 * @param modellabVersion the ModelLab version that ran it
 * @param cpuCount the processors available to the JVM
 * @param libraries the versions of the libraries the results depend on, by name, sorted
 */
public record RunEnvironment(
        @JsonProperty("java_version") @NotBlank String javaVersion,
        @JsonProperty("java_vendor") @NotBlank String javaVendor,
        @JsonProperty("os_name") @NotBlank String osName,
        @JsonProperty("os_arch") @NotBlank String osArch,
        @JsonProperty("modellab_version") @NotBlank String modellabVersion,
        @JsonProperty("cpu_count") @Positive Integer cpuCount,
        @JsonProperty("libraries") Map<String, String> libraries) {

    /** Copies the libraries into name order. */
    public RunEnvironment {
        libraries = libraries == null ? null : Collections.unmodifiableMap(new TreeMap<>(libraries));
    }

    /** An environment without CPU count and library versions, as files written before them hold. */
    public RunEnvironment(String javaVersion, String javaVendor, String osName, String osArch, String modellabVersion) {
        this(javaVersion, javaVendor, osName, osArch, modellabVersion, null, null);
    }

    /** The environment of this JVM, with the version of the libraries core itself reads and writes files with. */
    public static RunEnvironment current(String modellabVersion) {
        Map<String, String> libraries = new TreeMap<>();
        libraries.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        return new RunEnvironment(System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"), modellabVersion,
                Runtime.getRuntime().availableProcessors(), libraries);
    }

    /** This environment with more library versions (for example the ML library a template trains with). */
    public RunEnvironment withLibraries(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(libraries == null ? Map.of() : libraries);
        all.putAll(more);
        return new RunEnvironment(javaVersion, javaVendor, osName, osArch, modellabVersion, cpuCount, all);
    }
}
