package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.reader.HelpPage;
import dev.lede.reader.Keymap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The release archive as a user gets it: unpacked into an empty directory, with no Maven and
 * no source tree near it, {@code bin/lede} runs on the Java found on PATH; the man page and the
 * completion it carries know every option the program has.
 */
class ReleaseArchiveIT {
    private static final Path ARCHIVE = Path.of("target", "lede-" + Version.VERSION + ".tar.gz");

    /** The training takes a few seconds; a machine busy with other builds may take many more. */
    private static final long TRAINING_WAIT_SECONDS = 180;

    @TempDir
    Path home;

    /** {@code -Dlede.release.skip=true} (the launcher's quick build) leaves the archive out: nothing to test. */
    @BeforeEach
    void archiveBuilt() {
        Assumptions.assumeFalse(Boolean.getBoolean("lede.release.skip"),
                "built with -Dlede.release.skip=true: no release archive, man page or completion to check");
    }

    private Path unpacked() throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(ARCHIVE), ARCHIVE + " is missing: mvn package builds it");
        Process tar = new ProcessBuilder("tar", "xzf", ARCHIVE.toAbsolutePath().toString(), "-C", home.toString())
                .inheritIO().start();
        assertTrue(tar.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, tar.exitValue());
        return home.resolve("lede-" + Version.VERSION);
    }

    private static List<String> optionNames() {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : LedeCommand.commandLine(Map.of()).getCommandSpec().options()) {
            names.add(option.longestName());
        }
        return names;
    }

    @Test
    void unpackedAnywhere_binLedeRunsTheDemo_withJavaFromPath() throws Exception {
        Path root = unpacked();
        Path java = Path.of(System.getProperty("java.home"), "bin");
        ProcessBuilder lede = new ProcessBuilder(root.resolve("bin/lede").toString(), "--demo", "--dump")
                .directory(home.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = lede.environment();
        env.remove("JAVA_HOME");
        env.put("PATH", java + ":/usr/bin:/bin");
        env.put("LEDE_JDK_DIRS", home.resolve("no-jdks").toString()); // or a newer installed JDK would run
        env.put("HOME", home.toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        Process process = lede.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bin/lede did not finish");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.lines().count() > 10, output);
        assertTrue(!output.contains("Maven") && !output.contains("Exception"), output);
    }

    @Test
    void manPage_isRoff_andNamesEveryOption_andTheEnvironment() throws Exception {
        String roff = Files.readString(unpacked().resolve("man/lede.1"), StandardCharsets.UTF_8);
        assertTrue(roff.contains(".TH \"LEDE\" \"1\""), roff.substring(0, Math.min(400, roff.length())));
        String text = roff.replace("\\-", "-");
        for (String option : optionNames()) {
            assertTrue(text.contains(option), "man page lacks " + option);
        }
        String name = text.substring(text.indexOf(".SH \"NAME\"\n") + 11);
        assertEquals("lede - read the web\\*(Aqs articles in a terminal", name.substring(0, name.indexOf('\n')),
                "NAME is one short line, not the description again");
        for (String variable : List.of("COLORTERM", "http_proxy")) {
            assertTrue(text.contains(variable), "ENVIRONMENT lacks " + variable);
        }
        for (String section : List.of("ENVIRONMENT", "EXIT STATUS")) {
            assertTrue(text.contains(".SH \"" + section), "man page lacks " + section);
        }
        for (String variable : List.of("NO_COLOR", "TERM", "BROWSER", "https_proxy", "no_proxy",
                "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "LANG", "LC_ALL", "JAVA_HOME", "LEDE_JDK_DIRS",
                "LEDE_JAVA_OPTS", "LEDE_NO_CDS", "LEDE_SPARE")) {
            assertTrue(text.contains(variable), "ENVIRONMENT lacks " + variable);
        }
    }

    @Test
    void manPage_hasAKeysSection_listingTheHelpScreensRows() throws Exception {
        // Roff writes a hyphen as \- and an apostrophe as \*(Aq: the help screen's rows have neither escape.
        String roff = Files.readString(unpacked().resolve("man/lede.1"), StandardCharsets.UTF_8).replace("\\-", "-")
                .replace("\\*(Aq", "'");
        int keys = roff.indexOf(".SH \"KEYS\"\n");
        assertTrue(keys > 0, "man page lacks KEYS");
        String section = roff.substring(keys, roff.indexOf(".SH ", keys + 1));
        List<String> missing = new ArrayList<>();
        for (HelpPage.Row row : HelpPage.rows(Keymap.defaults())) {
            String entry = "\\fB" + row.keys() + "\\fP\n.RS 4\n" + row.description() + "\n";
            if (row.isHeading() ? !section.toUpperCase(Locale.ROOT).contains(row.description().toUpperCase(Locale.ROOT))
                    : !section.contains(entry)) {
                missing.add(row.keys() + ": " + row.description());
            }
        }
        assertEquals(List.of(), missing, "KEYS lacks these rows of the help screen:\n" + section);
    }

    @Test
    void bashCompletion_offersEveryOption() throws Exception {
        String script = Files.readString(unpacked().resolve("completions/lede.bash"), StandardCharsets.UTF_8);
        assertTrue(script.contains("complete -F"), "not a bash completion script");
        for (String option : optionNames()) {
            assertTrue(script.contains(option), "completion lacks " + option);
        }
        assertTrue(script.contains("(\"text\" \"json\" \"markdown\")"), "completion lacks --format's values");
    }

    @Test
    void zshCompletion_isTheBashScriptMadeAnFpathFunction() throws Exception {
        String script = Files.readString(unpacked().resolve("completions/_lede"), StandardCharsets.UTF_8);
        assertTrue(script.startsWith("#compdef lede\n"), "zsh's compinit would not find it");
        for (String option : optionNames()) {
            assertTrue(script.contains(option), "completion lacks " + option);
        }
    }

    /**
     * What a zsh user sees: the archive's {@code completions} directory on $fpath, {@code lede --for}
     * Tab, then {@code lede --format j} Tab, typed into an interactive zsh on a pseudo-terminal
     * (zsh's own zpty module). Only where zsh is installed.
     */
    private static final String BETWEEN = "--between--";

    @Test
    void zshCompletion_completesOptionsAndTheirValues_inAnInteractiveZsh() throws Exception {
        Path zsh = Path.of("/usr/bin/zsh");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(zsh), "zsh is not installed");
        Path completions = unpacked().resolve("completions");
        Path driver = home.resolve("drive.zsh");
        // Each step waits for what the user would see (up to 30 s under load), never a fixed time.
        Files.writeString(driver, String.join("\n",
                "zmodload zsh/zpty",
                "typeset all=''",
                "await() {",
                "  local chunk; local -i tries=0",
                "  while (( tries++ < 300 )); do",
                "    while zpty -r -t z chunk; do all+=$chunk; done",
                "    [[ $all == *\"$1\"* ]] && return 0",
                "    sleep 0.1",
                "  done",
                "  return 1",
                "}",
                "zpty z zsh -f -i",
                "zpty -w z \"PS1='%% '; fpath=($1 \\$fpath); autoload -U compinit && compinit -u -D; print RE''ADY\"",
                "await READY",
                "zpty -w -n z $'lede --for\\t'",
                "await 'lede --format'",
                "print -r -- \"$all\"",
                "print -r -- " + BETWEEN,
                "all=''",
                "zpty -w -n z $'\\C-u'",
                "zpty -w -n z $'lede --format j\\t'",
                "await 'lede --format json'",
                "print -r -- \"$all\"",
                "zpty -d z", ""));
        Process process = new ProcessBuilder(zsh.toString(), "-f", driver.toString(), completions.toString())
                .redirectErrorStream(true).start();
        String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "zsh did not finish");
        int between = screen.indexOf(BETWEEN);
        assertTrue(between > 0, screen);
        assertTrue(screen.substring(0, between).contains("lede --format"), "--for did not complete:\n" + screen);
        assertTrue(screen.substring(between).contains("lede --format json"), "j did not complete to json:\n" + screen);
        assertFalse(screen.contains("not found"), screen);
    }

    @Test
    void archive_carriesReadmeAndLicense() throws Exception {
        Path root = unpacked();
        assertTrue(Files.isRegularFile(root.resolve("README.md")));
        assertTrue(Files.isRegularFile(root.resolve("LICENSE")));
        assertTrue(Files.isExecutable(root.resolve("bin/lede")));
        assertTrue(Files.isRegularFile(root.resolve("lib/lede.jar")));
    }

    /** Classes of the full-screen reader as well as of --dump, which a trained archive must hold. */
    private static final List<String> TRAINED_CLASSES = List.of("dev.lede.cli.PlainArgs", "dev.lede.extract.Extractor",
            "dev.lede.tui.FrugalScreen", "dev.lede.tui.ReaderLoop", "dev.lede.tui.LedeTerminal",
            "com.googlecode.lanterna.screen.TerminalScreen", "com.googlecode.lanterna.input.InputDecoder");

    /**
     * On the JVM running the tests, when it is Java 17 to 24: the launcher's class-data archive is
     * trained on the full-screen reader too, not only on --dump, and a later run maps its classes
     * from it instead of reading the jar.
     */
    @Test
    void firstRun_trainsAClassDataArchive_coveringTheReader_whichLaterRunsUse() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() < 25, "Java 25 and newer make an AOT cache instead");
        Path root = unpacked();
        Path jdk = Path.of(System.getProperty("java.home"));
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
        run(root, env, "--demo", "--dump"); // starts the training in the background
        Path archive = awaitArchive(root.resolve("lib"), ".jsa", Instant.EPOCH);
        String classes = archivedClasses(jdk, "-XX:SharedArchiveFile=" + archive, root);
        for (String name : TRAINED_CLASSES) {
            assertTrue(classes.contains(" " + name + " "), "the archive lacks " + name);
        }
        assertTrue(runUsesTheArchive(root, env), "the run did not use the archive");
    }

    /**
     * Where a Java 25 or newer is installed: the first run trains an AOT cache covering the reader,
     * later runs use it; a cache the JVM rejects (the jar's time changed, or the file is garbage)
     * changes nothing on the terminal; a cache older than the jar is made again.
     */
    @Test
    void onJava25_firstRun_trainsAnAotCache_whichLaterRunsUse_andABadOneIsSilentlyIgnored() throws Exception {
        Optional<Path> found = installedJdk(25);
        Assumptions.assumeTrue(found.isPresent(), "no Java 25 or newer installed");
        Path jdk = found.get();
        Path root = unpacked();
        Path jar = root.resolve("lib/lede.jar");
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
        String plain = withoutPorts(run(root, env, "--demo", "--dump")); // starts the training in the background
        Path cache = awaitArchive(root.resolve("lib"), ".aot", Instant.EPOCH);
        String classes = archivedClasses(jdk, "-XX:AOTCache=" + cache, root);
        for (String name : TRAINED_CLASSES) {
            assertTrue(classes.contains(" " + name + " "), "the cache lacks " + name);
        }
        assertTrue(runUsesTheArchive(root, env), "the run did not use the AOT cache");
        assertEquals(plain, withoutPorts(run(root, env, "--demo", "--dump")));

        FileTime jarTime = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(jar, FileTime.from(jarTime.toInstant().minusSeconds(60)));
        assertFalse(runUsesTheArchive(root, env), "the JVM took a cache made for another jar");
        assertEquals(plain, withoutPorts(run(root, env, "--demo", "--dump")), "a cache made for another jar is not silent");

        byte[] garbage = new byte[64 * 1024];
        new Random(6).nextBytes(garbage);
        Files.write(cache, garbage);
        assertEquals(plain, withoutPorts(run(root, env, "--demo", "--dump")), "a broken cache is not silent");

        Instant remade = Instant.now();
        Files.setLastModifiedTime(cache, FileTime.from(jarTime.toInstant().minusSeconds(3600)));
        Files.setLastModifiedTime(jar, jarTime);
        assertEquals(plain, withoutPorts(run(root, env, "--demo", "--dump"))); // sees the cache older than the jar: trains again
        awaitArchive(root.resolve("lib"), ".aot", remade);
        assertTrue(runUsesTheArchive(root, env), "the run did not use the remade AOT cache");
    }

    /** The demo edition is served on a port of the moment, which its links name. */
    private static String withoutPorts(String output) {
        return output.replaceAll("127\\.0\\.0\\.1:[0-9]+", "127.0.0.1:PORT");
    }

    /** The classes an archive holds, as the JDK that made it lists them. */
    private String archivedClasses(Path jdk, String archiveFlag, Path root) throws Exception {
        Process list = new ProcessBuilder(jdk.resolve("bin/java").toString(), archiveFlag, "-XX:+PrintSharedArchiveAndExit",
                "-cp", root.resolve("lib/lede.jar").toString()).redirectErrorStream(true).start();
        String classes = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(list.waitFor(60, TimeUnit.SECONDS));
        return classes;
    }

    private boolean runUsesTheArchive(Path root, Map<String, String> env) throws Exception {
        Path log = Files.createTempFile(home, "classes", ".log");
        Map<String, String> logged = new HashMap<>(env);
        logged.put("LEDE_JAVA_OPTS", "-Xlog:class+load:file=" + log);
        run(root, logged, "--demo", "--dump");
        return Files.readString(log, StandardCharsets.UTF_8).contains("dev.lede.launch.Main source: shared objects file");
    }

    /** The newest JDK of at least {@code feature} in /usr/lib/jvm, by its release file. */
    private static Optional<Path> installedJdk(int feature) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> jdks = Files.list(jvms)) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> releaseFeature(jdk) >= feature)
                    .max(Comparator.comparingInt(ReleaseArchiveIT::releaseFeature));
        }
    }

    private static int releaseFeature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    return Runtime.Version.parse(line.substring(14, line.length() - 1)).feature();
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return 0;
        }
        return 0;
    }

    /** Runs bin/lede to its end and returns what it wrote, stdout and stderr together. */
    private String run(Path root, Map<String, String> extraEnv, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/lede").toString()));
        command.addAll(List.of(args));
        ProcessBuilder lede = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        lede.environment().put("HOME", home.toString());
        lede.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        lede.environment().putAll(extraEnv);
        Process process = lede.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bin/lede did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /**
     * The archive the background training leaves beside the jar, written after {@code after}; it
     * appears whole, under its final name, and the training is over (its lock gone) when this returns.
     */
    private static Path awaitArchive(Path lib, String suffix, Instant after) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TRAINING_WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(lib)) {
                List<Path> all = files.toList();
                Optional<Path> archive = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix))
                        .filter(f -> modifiedAfter(f, after)).findFirst();
                boolean training = all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".lock"));
                if (archive.isPresent() && !training) {
                    return archive.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " archive appeared in " + lib + " within " + TRAINING_WAIT_SECONDS + " s");
    }

    private static boolean modifiedAfter(Path file, Instant after) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(after);
        } catch (IOException gone) {
            return false;
        }
    }
}
