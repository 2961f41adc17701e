package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of DESIGN.md and STYLE.md that a compiler does not check: each library is
 * used in one package only; package dependencies point one way, every package's known and
 * nothing imports {@code launch}; only {@code launch} touches the process (exit, environment,
 * standard streams, {@code /proc}); only {@code cli} wires the program together; and every
 * effect of the reader is carried out in one place.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/lede");
    private static final Pattern COMMENT = Pattern.compile("/\\*(?s:.*?)\\*/|(?<![:\"])//[^\n]*");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Library prefix → the only package allowed to import it. */
    private static final Map<String, String> LIBRARY_HOMES = Map.of(
            "org.jsoup", "extract",
            "com.googlecode.lanterna", "tui",
            "picocli", "cli",
            "com.github.benmanes.caffeine", "cache",
            "java.net.http", "fetch",
            "com.sun.net.httpserver", "demo",
            "org.mozilla.universalchardet", "fetch");

    /** Package → the lede packages it may import. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("article", Set.of()),
            Map.entry("fetch", Set.of()),
            Map.entry("cache", Set.of()),
            Map.entry("demo", Set.of()),
            Map.entry("state", Set.<String>of()),
            Map.entry("config", Set.of()),
            Map.entry("extract", Set.of("article")),
            Map.entry("layout", Set.of("article")),
            Map.entry("reader", Set.of("article", "layout")),
            Map.entry("app", Set.of("article", "fetch", "extract", "cache", "reader", "layout", "state")),
            Map.entry("tui", Set.of("article", "layout", "reader", "app")),
            Map.entry("cli", Set.of("article", "fetch", "cache", "demo", "state", "config", "extract", "layout",
                    "reader", "app", "tui")),
            Map.entry("launch", Set.of("cli", "tui", "demo", "article")));

    /** What only the process's own start-up may do: {@code launch} builds an Invocation from them. */
    private static final List<String> PROCESS_ONLY = List.of("System.exit(", "System.getenv(", "System.setOut(",
            "System.setErr(", "System.setIn(", "System.out", "System.err", "System.in", ".halt(",
            "Runtime.getRuntime().exit(", "\"/proc");

    /** The program's parts that only {@code cli} puts together (each its own package may make too). */
    private static final Map<String, String> WIRED_IN_CLI = Map.of(
            "Update", "reader",
            "EffectRunner", "app",
            "ArticleLoader", "app",
            "Fetcher", "fetch",
            "DiskCache", "fetch",
            "CachingFetcher", "fetch");
    /** The effects the reader asks for, named one by one: only where they are made and where they are done. */
    private static final Pattern EFFECT_KIND = Pattern.compile("Effect\\.[A-Z]\\w*");
    private static final Set<String> EFFECT_PLACES = Set.of("app/EffectRunner.java");

    @Test
    void librariesAreEachUsedInOnePackage() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources()) {
            for (String imported : file.imports()) {
                LIBRARY_HOMES.forEach((library, home) -> {
                    if (imported.startsWith(library + ".") && !file.pkg().equals(home)) {
                        violations.add(file.path() + " imports " + imported + " (only " + home + " may)");
                    }
                });
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void packageDependenciesPointDownward() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources()) {
            Set<String> allowed = ALLOWED.get(file.pkg());
            if (allowed == null) {
                violations.add(file.path() + " is in a package ArchitectureTest does not know: add its rules");
                continue;
            }
            for (String imported : file.imports()) {
                if (imported.startsWith("dev.lede.")) {
                    String target = imported.substring("dev.lede.".length()).split("\\.")[0];
                    if (!target.equals(file.pkg()) && !allowed.contains(target)) {
                        violations.add(file.path() + " imports " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void nothingUsesTheLaunchPackage() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (!file.pkg().equals("launch") && file.code().contains("dev.lede.launch.")) {
                violations.add(file.path().toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(dir.resolve("package-info.java")), dir + " has no package-info.java");
            }
        }
    }

    @Test
    void onlyLaunchTouchesTheProcess() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (file.pkg().equals("launch")) {
                continue;
            }
            for (String call : PROCESS_ONLY) {
                if (file.code().contains(call)) {
                    violations.add(file.path() + " uses " + call);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheCommandLineWiresTheProgram() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources()) {
            WIRED_IN_CLI.forEach((part, home) -> {
                boolean makes = Pattern.compile("new\\s+(?:[\\w.]+\\.)?" + part + "\\s*[(<]").matcher(file.code()).find();
                if (makes && !file.pkg().equals("cli") && !file.pkg().equals(home)) {
                    violations.add(file.path() + " makes its own " + part);
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyEffectIsCarriedOutInOnePlace() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (!file.pkg().equals("reader") && !EFFECT_PLACES.contains(file.name())) {
                Matcher kind = EFFECT_KIND.matcher(file.code());
                if (kind.find()) {
                    violations.add(file.path() + " handles " + kind.group());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private record SourceFile(Path path, String pkg, String text) {
        /** The path below {@code dev/lede}, such as {@code launch/Spare.java}. */
        String name() {
            return SOURCES.relativize(path).toString();
        }

        /** The text without comments: a comment may name what the code must not use. */
        String code() {
            return COMMENT.matcher(text).replaceAll("");
        }

        List<String> imports() {
            List<String> imports = new ArrayList<>();
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                imports.add(m.group(1));
            }
            return imports;
        }
    }

    private static List<SourceFile> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(p -> {
                try {
                    String pkg = SOURCES.relativize(p).getName(0).toString();
                    return new SourceFile(p, pkg, Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
