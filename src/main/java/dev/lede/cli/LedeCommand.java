package dev.lede.cli;

import dev.lede.app.ArticleLoader;
import dev.lede.app.EffectRunner;
import dev.lede.app.Places;
import dev.lede.app.StartPage;
import dev.lede.article.Article;
import dev.lede.article.RelatedLink;
import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.CachingFetcher;
import dev.lede.fetch.DiskCache;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.layout.LayoutOptions;
import dev.lede.layout.Layouter;
import dev.lede.state.StateDir;
import dev.lede.tui.Tui;
import dev.lede.tui.TuiOptions;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede}: read an article in the terminal, or print it with {@code --dump}. */
@Command(name = "lede",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Read the web's articles in a terminal: headline, byline, standfirst, body and pull-quotes "
                + "as clean paged text, with the page's related articles one key away.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lede                                  the demo edition (no network needed)",
            "  lede https://example.com/news/story   read an article",
            "  lede --dump page.html.gz              print the article as text",
            "  lede --dump --format json URL...      one JSON object per input, one per line",
            "",
            "Exit status: 0 all inputs read, 1 some input failed, 2 usage error."})
public final class LedeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "URL|FILE", arity = "0..*",
            description = "http(s) address or local .html / .html.gz file; none opens the demo edition")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--dump", description = "print the article to standard output and exit, no TUI")
    boolean dump;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "output of --dump: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "json is one object per input per line; markdown is CommonMark")
    Format format = Format.text;

    @Option(names = "--width", paramLabel = "N", defaultValue = "" + Layouter.DEFAULT_MEASURE,
            description = "text measure in columns (default: ${DEFAULT-VALUE})")
    int width = Layouter.DEFAULT_MEASURE;

    @Option(names = "--ascii", description = "plain ASCII bars, bullets and quotation marks, for terminals without Unicode")
    boolean ascii;

    @Option(names = "--demo", description = "open the built-in demo edition")
    boolean demo;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "give up on a page after this long (default: 30)")
    Integer timeoutSeconds;

    @Option(names = "--user-agent", paramLabel = "STRING", description = "User-Agent header to send")
    String userAgent;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "where fetched pages are kept (default: $XDG_CACHE_HOME/lede, else ~/.cache/lede)")
    Path cacheDir;

    @Option(names = "--offline", description = "read only from the disk cache; never touch the network")
    boolean offline;

    @Option(names = "--prefetch", paramLabel = "N", defaultValue = "" + EffectRunner.DEFAULT_PREFETCH,
            description = "load the first N related articles in the background (default: ${DEFAULT-VALUE}; 0 turns it off)")
    int prefetch = EffectRunner.DEFAULT_PREFETCH;

    @Option(names = "--verbose", description = "cache hits and misses on standard error when done")
    boolean verbose;

    @Option(names = "--no-color", description = "no colours: bold, underline and reverse only (also when NO_COLOR is set)")
    boolean noColor;

    /** Output formats of {@code --dump}. */
    enum Format { text, json, markdown }

    /** The command line with lede's error handling: usage errors print a short hint and exit 2. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LedeCommand());
        // Articles are UTF-8 text whatever the locale says; JSON consumers expect it too.
        // Every byte written passes SafeWriter: no terminal control from a page, a server or an
        // argument reaches the user's terminal. Help is plain for the same reason.
        cli.setOut(new PrintWriter(new SafeWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), true));
        cli.setErr(new PrintWriter(new SafeWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)), true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("lede: " + ex.getMessage());
            err.println("Try 'lede --help' for more information.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("lede: " + Problems.describe(ex));
            return ExitCode.INPUT_FAILED;
        });
        return cli;
    }

    @Override
    public Integer call() {
        if (width < Layouter.MIN_WIDTH) {
            return usage("--width must be at least " + Layouter.MIN_WIDTH);
        }
        if (timeoutSeconds != null && timeoutSeconds <= 0) {
            return usage("--timeout must be a positive number of seconds");
        }
        if (prefetch < 0) {
            return usage("--prefetch must be 0 or more");
        }
        if (!dump && inputs.size() > 1) {
            return usage("the reader opens one article at a time; use --dump for several");
        }
        if (!dump && System.console() == null) {
            return usage("standard output is not a terminal; use --dump to print the article");
        }
        ArticleLoader loader = loader();
        try {
            return dump ? dump(loader) : read(loader);
        } finally {
            if (verbose) {
                for (String line : loader.figures().lines()) {
                    spec.commandLine().getErr().println("lede: cache: " + line);
                }
                spec.commandLine().getErr().flush();
            }
        }
    }

    /** The demo edition is served from memory on a fresh port each run: not worth keeping on disk. */
    private ArticleLoader loader() {
        Fetcher fetcher = new Fetcher(fetchOptions());
        if (demo || inputs.isEmpty()) {
            return new ArticleLoader(fetcher, FetchOptions.DEFAULT_MAX_BYTES);
        }
        Path directory = cacheDir != null ? cacheDir
                : DiskCache.defaultDirectory(System.getenv(), Path.of(System.getProperty("user.home")));
        DiskCache disk = new DiskCache(directory, DiskCache.DEFAULT_MAX_BYTES, Clock.systemUTC());
        return new ArticleLoader(new CachingFetcher(fetcher, disk, offline, Clock.systemUTC()),
                FetchOptions.DEFAULT_MAX_BYTES);
    }

    private FetchOptions fetchOptions() {
        FetchOptions options = FetchOptions.defaults(Version.VERSION).withProxiesFrom(System.getenv());
        if (timeoutSeconds != null) {
            options = options.withTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        if (userAgent != null) {
            options = options.withUserAgent(userAgent);
        }
        return options;
    }

    private int dump(ArticleLoader loader) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
                        case text -> TextFormat.format(article, width, LayoutOptions.DEFAULT.ascii(ascii));
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

    private int read(ArticleLoader loader) {
        DemoServer server = null;
        try {
            String target;
            Places places = Places.open(StateDir.of(System.getenv()), Clock.systemUTC());
            if (demo || inputs.isEmpty()) {
                server = DemoServer.start(DemoEdition.load());
                target = server.leadUrl();
                places.skipping(server.base());
                if (demo) { // the lead is in memory already: no HTTP round trip before the first screen
                    DemoEdition edition = server.edition();
                    loader.remember(target, edition.page(edition.lead(), server.base()));
                }
            } else {
                target = inputs.get(0);
            }
            if (!demo && inputs.isEmpty()) {
                target = StartPage.TARGET;
                loader.cache().put(target, StartPage.article(places.recent(StartPage.RECENT), demoLinks(server)));
            }
            Article first;
            try {
                first = loader.load(target, false); // before the screen opens: a failure is a plain message
            } catch (FetchException e) {
                spec.commandLine().getErr().println("lede: " + e.getMessage());
                return ExitCode.INPUT_FAILED;
            }
            TuiOptions options = new TuiOptions(width, noColor || System.getenv("NO_COLOR") != null)
                    .withPlaces(places).withPrefetch(prefetch);
            try {
                return Tui.run(options, loader, target, first) ? ExitCode.OK : ExitCode.INPUT_FAILED;
            } catch (IllegalStateException e) { // the terminal cannot be used: Tui's message is for the user
                spec.commandLine().getErr().println("lede: " + e.getMessage());
                return ExitCode.INPUT_FAILED;
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static List<RelatedLink> demoLinks(DemoServer server) {
        List<RelatedLink> links = new ArrayList<>();
        for (DemoArticle article : server.edition().articles()) {
            links.add(new RelatedLink(article.title(), server.url(article)));
        }
        return links;
    }

    private int usage(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("lede: " + message);
        err.println("Try 'lede --help' for more information.");
        return ExitCode.USAGE;
    }
}
