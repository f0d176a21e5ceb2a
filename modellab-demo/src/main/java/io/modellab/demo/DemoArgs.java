package io.modellab.demo;

import java.nio.file.Path;

/**
 * The arguments every demo takes, {@code --flag value} or {@code --flag=value}: {@code --seed N} (a whole number),
 * {@code --artifacts DIR} (relative to the project folder; default {@code artifacts}) and {@code --project-dir DIR}
 * (default the working folder); the credit-g demo also takes {@code --reproduce RUN_ID}.
 *
 * @param seed the training and bootstrap seed
 * @param projectDir the folder the bundled data is read from
 * @param artifactsRoot where the runs are written
 * @param reproduce the run to repeat, {@code ""} for none
 */
record DemoArgs(long seed, Path projectDir, Path artifactsRoot, String reproduce) {

    /** The seed when none is given. */
    static final long DEFAULT_SEED = 42;

    /**
     * Parses {@code args}, or prints what is wrong and the usage and exits with status 2.
     *
     * @param demo the demo's class name, for the usage line
     * @param reproducible whether {@code --reproduce} is accepted
     */
    static DemoArgs parseOrExit(String demo, String[] args, boolean reproducible) {
        try {
            return parse(args, reproducible);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\nusage: " + demo + " [--seed N] [--artifacts DIR] [--project-dir DIR]"
                    + (reproducible ? " [--reproduce RUN_ID]" : ""));
            System.exit(2);
            throw e;
        }
    }

    static DemoArgs parse(String[] args, boolean reproducible) {
        long seed = DEFAULT_SEED;
        Path artifacts = null;
        Path projectDir = Path.of(".");
        String reproduce = "";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String flag = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? (i + 1 < args.length ? args[++i] : null) : arg.substring(eq + 1);
            if (value == null) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            switch (flag) {
                case "--seed" -> seed = seed(value);
                case "--artifacts" -> artifacts = Path.of(value);
                case "--project-dir" -> projectDir = Path.of(value);
                case "--reproduce" -> {
                    if (!reproducible) {
                        throw new IllegalArgumentException("unknown argument " + arg);
                    }
                    reproduce = value.strip();
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        return new DemoArgs(seed, projectDir, artifacts == null ? projectDir.resolve("artifacts")
                : projectDir.resolve(artifacts), reproduce);
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed needs a whole number, got \"" + value + "\"", e);
        }
    }
}
