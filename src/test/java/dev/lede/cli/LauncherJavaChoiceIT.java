package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Java the launcher ({@code dist/lede}) runs: JAVA_HOME when it is set, otherwise the newest
 * Java 17 or newer among {@code java} on PATH and the JDKs under LEDE_JDK_DIRS, told apart by their
 * {@code release} files without starting any of them. The JDKs here are fakes: a release file
 * and a {@code bin/java} script that says which JDK it is and logs every time it is started.
 */
class LauncherJavaChoiceIT {
    private static final Path LAUNCHER = Path.of("dist", "lede");

    @TempDir
    Path tmp;

    private Path lede;
    private Path jdks;
    private Path starts;

    @BeforeEach
    void installLauncherBesideAJar() throws IOException {
        Path root = tmp.resolve("lede");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("lib"));
        lede = Files.copy(LAUNCHER, root.resolve("bin/lede"));
        Files.writeString(root.resolve("lib/lede.jar"), ""); // never opened: the fake JDKs run nothing
        jdks = Files.createDirectories(tmp.resolve("jdks"));
        starts = tmp.resolve("starts.log");
    }

    /** A fake JDK named {@code name} whose release file says {@code version} (no release file when null). */
    private Path fakeJdk(Path parent, String name, String version) throws IOException {
        Path home = Files.createDirectories(parent.resolve(name));
        Files.createDirectories(home.resolve("bin"));
        if (version != null) {
            Files.writeString(home.resolve("release"), String.join("\n", "IMPLEMENTOR=\"Fake\"",
                    "JAVA_RUNTIME_VERSION=\"" + version + "+1\"", "JAVA_VERSION=\"" + version + "\"", "OS_NAME=\"Linux\"", ""));
        }
        Path java = home.resolve("bin/java");
        Files.writeString(java, String.join("\n", "#!/bin/sh",
                "echo \"" + name + " $*\" >>'" + starts + "'",
                "echo \"ran " + name + "\"", ""));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** A directory to put first on PATH, holding only a link named java to {@code jdk}'s. */
    private Path pathTo(Path jdk) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("path-" + jdk.getFileName()));
        Files.createSymbolicLink(bin.resolve("java"), jdk.resolve("bin/java"));
        return bin;
    }

    private record Run(int exit, String output) {
    }

    private Run lede(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(lede.toString(), "--version").redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("LEDE_NO_CDS", "1");
        builder.environment().put("LEDE_JDK_DIRS", jdks.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(process.exitValue(), output);
    }

    private List<String> started() throws IOException {
        return Files.exists(starts) ? Files.readAllLines(starts, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void noJavaHome_newestOfPathAndJdkDirs_runs_andNoOtherJvmIsStarted() throws Exception {
        Path onPath = fakeJdk(tmp, "jdk-21.0.2", "21.0.2");
        fakeJdk(jdks, "jdk-17.0.9", "17.0.9");
        fakeJdk(jdks, "jdk-21.0.10", "21.0.10"); // numerically newer than 21.0.2, though not as text
        fakeJdk(jdks, "jdk-11.0.20", "11.0.20");
        fakeJdk(jdks, "unknown", null);

        Run run = lede(Map.of("PATH", pathTo(onPath) + ":/usr/bin:/bin"));

        assertEquals(0, run.exit(), run.output());
        assertEquals("ran jdk-21.0.10", run.output().strip());
        assertEquals(1, started().size(), "JVMs started: " + started());
        assertTrue(started().get(0).endsWith(" --version"), started().toString());
    }

    @Test
    void noJavaHome_javaOnPathNewerThanTheInstalledJdks_runs_throughItsLinks() throws Exception {
        Path onPath = fakeJdk(tmp, "jdk-24", "24");
        fakeJdk(jdks, "jdk-17.0.9", "17.0.9");
        fakeJdk(jdks, "jdk-23.0.1", "23.0.1");

        Run run = lede(Map.of("PATH", pathTo(onPath) + ":/usr/bin:/bin"));

        assertEquals(0, run.exit(), run.output());
        assertEquals("ran jdk-24", run.output().strip());
    }

    @Test
    void javaHome_winsOverNewerJdks() throws Exception {
        Path chosen = fakeJdk(tmp, "jdk-17.0.9", "17.0.9");
        Path onPath = fakeJdk(tmp, "jdk-24", "24");
        fakeJdk(jdks, "jdk-25.0.1", "25.0.1");

        Run run = lede(Map.of("JAVA_HOME", chosen.toString(), "PATH", pathTo(onPath) + ":/usr/bin:/bin"));

        assertEquals(0, run.exit(), run.output());
        assertEquals("ran jdk-17.0.9", run.output().strip());
    }

    @Test
    void onlyJavaOlderThan17_isRefused_withAMessageNamingIt() throws Exception {
        Path onPath = fakeJdk(tmp, "jdk-11.0.20", "11.0.20");
        fakeJdk(jdks, "jdk-1.8.0", "1.8.0_392");

        Run run = lede(Map.of("PATH", pathTo(onPath) + ":/usr/bin:/bin"));

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("Java 17 or newer is needed") && run.output().contains("Java 11"), run.output());
        assertEquals(List.of(), started());
    }
}
