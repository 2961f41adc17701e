package dev.lede.cli;

import dev.lede.app.ArticleLoader;
import dev.lede.article.Article;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.FetchException;
import dev.lede.layout.LayoutOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --dump}: each input read and printed in turn, in the format asked for; an input that
 * fails is one line on {@code err} and does not stop the rest.
 */
final class Dump {
    private Dump() {
    }

    /**
     * Prints every target (the demo's lead article first when {@code demo} is set or there is no
     * target).
     *
     * @return {@link ExitCode#OK} when every input was read, else {@link ExitCode#INPUT_FAILED}
     */
    static int print(List<String> inputs, boolean demo, ArticleLoader loader, LedeCommand.Format format,
                     int width, LayoutOptions layout, PrintWriter out, PrintWriter err) {
        List<String> targets = new ArrayList<>(inputs);
        DemoServer server = null;
        if (demo || targets.isEmpty()) {
            server = DemoServer.start(DemoEdition.load());
            targets.add(0, server.leadUrl());
        }
        int failures = 0;
        try {
            for (String target : targets) {
                try {
                    Article article = loader.load(target, false);
                    out.print(switch (format) {
                        case json -> JsonFormat.format(target, article) + "\n";
                        case markdown -> MarkdownFormat.format(article);
                        case text -> TextFormat.format(article, width, layout);
                    });
                    out.flush();
                } catch (FetchException e) {
                    failures++;
                    err.println("lede: " + e.getMessage());
                    err.flush();
                } catch (RuntimeException | StackOverflowError e) {
                    failures++;
                    err.println("lede: " + target + ": " + Problems.describe(e));
                    err.flush();
                }
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
        return failures == 0 ? ExitCode.OK : ExitCode.INPUT_FAILED;
    }
}
