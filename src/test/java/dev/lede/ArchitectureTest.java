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
 * used in one package only, and package dependencies point one way.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/lede");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Library prefix → the only package allowed to import it. */
    private static final Map<String, String> LIBRARY_HOMES = Map.of(
            "org.jsoup", "extract",
            "com.googlecode.lanterna", "tui",
            "picocli", "cli",
            "com.github.benmanes.caffeine", "cache",
            "java.net.http", "fetch",
            "com.sun.net.httpserver", "demo");

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
            Map.entry("tui", Set.of("article", "layout", "reader", "app")));

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
                continue; // cli may depend on everything; new packages are checked below
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
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(dir.resolve("package-info.java")), dir + " has no package-info.java");
            }
        }
    }

    @Test
    void onlyTheCommandLinePrintsOrExits() {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (!file.pkg().equals("cli") && !file.pkg().equals("launch") && (file.text().contains("System.out.print")
                    || file.text().contains("System.err.print") || file.text().contains("System.exit("))) {
                violations.add(file.path().toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    private record SourceFile(Path path, String pkg, String text) {
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
