package dev.architect.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of running the CLI in-process. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return withInput("", args);
    }

    /** Runs with {@code input} as what the user types. */
    static CliRun withInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ArchitectCli.run(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs in a JVM of its own, as a user would, with the given environment variables added; stdout and stderr are
     * merged into {@code out}.
     */
    static CliRun inNewJvm(java.util.Map<String, String> environment, String... args) throws java.io.IOException, InterruptedException {
        return java(environment, java.util.List.of("-cp", System.getProperty("java.class.path"), ArchitectCli.class.getName()), args);
    }

    /** Runs {@code java -jar jar args}; stdout and stderr are merged into {@code out}. */
    static CliRun ofJar(java.nio.file.Path jar, String... args) throws java.io.IOException, InterruptedException {
        return java(java.util.Map.of(), java.util.List.of("-jar", jar.toString()), args);
    }

    private static CliRun java(java.util.Map<String, String> environment, java.util.List<String> launch, String... args)
            throws java.io.IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish in 120 s: " + output);
        }
        return new CliRun(process.exitValue(), output, "");
    }
}
