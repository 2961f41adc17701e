package dev.lede.cli;

import dev.lede.state.ReadingListFile;
import dev.lede.state.Saved;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code lede --list}: the reading list, most recently saved first. As text, each entry's title,
 * then its address and the date it was saved (UTC); as JSON, one object per entry per line
 * ({@code title}, {@code url}, {@code target}, {@code saved}).
 */
final class ReadingListPrinter {
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReadingListPrinter() {
    }

    /** Prints {@code list}; a file that had to be set aside is reported on {@code err}. Always exit 0. */
    static int print(ReadingListFile.Contents list, boolean json, PrintWriter out, PrintWriter err) {
        if (list.problem() != null) {
            err.println("lede: " + list.problem());
            err.flush();
        }
        if (list.saved().isEmpty() && !json) {
            out.println("The reading list is empty: s saves the article you are reading.");
        }
        for (Saved entry : list.saved()) {
            String title = entry.title().isBlank() ? entry.address() : entry.title();
            if (json) {
                out.print(new Json().begin().field("title", title).field("url", entry.url())
                        .field("target", entry.target())
                        .field("saved", Instant.ofEpochSecond(entry.savedAt()).toString()).end() + "\n");
            } else {
                out.println(title);
                out.println("  " + entry.address() + " · saved " + SAVED.format(Instant.ofEpochSecond(entry.savedAt())));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
