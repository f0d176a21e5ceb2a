package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * Where a run ran.
 *
 * @param javaVersion {@code java.version}
 * @param javaVendor {@code java.vendor}
 * @param osName {@code os.name}
 * @param osArch {@code os.arch}
 * @param modellabVersion the ModelLab version that ran it
 */
public record RunEnvironment(
        @JsonProperty("java_version") @NotBlank String javaVersion,
        @JsonProperty("java_vendor") @NotBlank String javaVendor,
        @JsonProperty("os_name") @NotBlank String osName,
        @JsonProperty("os_arch") @NotBlank String osArch,
        @JsonProperty("modellab_version") @NotBlank String modellabVersion) {

    /** The environment of this JVM. */
    public static RunEnvironment current(String modellabVersion) {
        return new RunEnvironment(System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"), modellabVersion);
    }
}
