package dev.lede.cli;

import dev.lede.reader.HelpPage;
import dev.lede.reader.Keymap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The KEYS section of lede(1), in AsciiDoc, made at build time from the rows of the help screen
 * ({@link HelpPage} over {@link Keymap#defaults()}), so the man page, the help screen and the
 * keymap cannot disagree. {@code src/main/asciidoc/lede.adoc} includes the file this writes.
 */
public final class ManPageKeys {
    private ManPageKeys() {
    }

    /** Writes the section to the file {@code args[0]}, making its directory if need be. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, section(HelpPage.rows(Keymap.defaults())), StandardCharsets.UTF_8);
    }

    /**
     * The section for {@code rows}: the first heading row titles it, later headings title its
     * subsections, and each other row is a term (the keys, in bold) and its definition.
     */
    static String section(List<HelpPage.Row> rows) {
        StringBuilder out = new StringBuilder("// Generated from dev.lede.reader.Keymap by dev.lede.cli.ManPageKeys.\n");
        boolean titled = false;
        for (HelpPage.Row row : rows) {
            if (row.isHeading()) {
                if (row.description().isEmpty()) {
                    continue;
                }
                out.append('\n').append(titled ? "=== " : "== ").append(row.description()).append("\n\n");
                if (!titled) {
                    out.append("Inside the reader *?* shows these keys as they are bound; `key.ACTION` lines in the "
                            + "configuration file bind others (see FILES).\n\n");
                }
                titled = true;
            } else {
                out.append('*').append(literal(row.keys())).append("*::\n  ").append(literal(row.description()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** {@code text} shown as it is: AsciiDoc reads none of its characters (keys like [ * ` are common) as markup. */
    static String literal(String text) {
        return "pass:c[" + text.replace("]", "\\]") + "]";
    }
}
