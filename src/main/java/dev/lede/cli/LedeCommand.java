package dev.lede.cli;

import dev.lede.app.ArticleLoader;
import dev.lede.app.EffectRunner;
import dev.lede.app.Places;
import dev.lede.app.ReadingList;
import dev.lede.app.StartPage;
import dev.lede.article.RelatedLink;
import dev.lede.demo.DemoArticle;
import dev.lede.demo.DemoEdition;
import dev.lede.demo.DemoServer;
import dev.lede.fetch.CachingFetcher;
import dev.lede.fetch.DiskCache;
import dev.lede.fetch.FetchException;
import dev.lede.fetch.FetchOptions;
import dev.lede.fetch.Fetcher;
import dev.lede.config.ConfigFile;
import dev.lede.config.Settings;
import dev.lede.layout.LayoutOptions;
import dev.lede.layout.Layouter;
import dev.lede.reader.KeyLines;
import dev.lede.reader.Keymap;
import dev.lede.reader.Update;
import dev.lede.state.StateDir;
import dev.lede.tui.TerminalDevice;
import dev.lede.tui.Tui;
import dev.lede.tui.TuiOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede}: read an article in the terminal, or print it with {@code --dump}. */
@Command(name = "lede",
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        synopsisHeading = "Usage: ",
        customSynopsis = "lede [OPTION]... [URL|FILE]...",
        // The man page's NAME line; --help leaves it out (commandLine()), its description says more.
        header = "read the web's articles in a terminal",
        descriptionHeading = "%n",
        description = "Read the web's articles in a terminal: headline, byline, standfirst, body and pull-quotes "
                + "as clean paged text, with the page's related articles one key away.",
        parameterListHeading = "%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lede                                  reading list, recent reads, demo edition",
            "  lede https://example.com/news/story   read an article",
            "  lede --dump page.html.gz              print the article as text",
            "  lede --dump --format json URL...      one JSON object per input, one per line",
            "  lede --offline --dump URL             print a page read before, from the cache",
            "  lede --list --format json             the reading list as JSON Lines",
            "",
            "See lede(1) for the keys (in the reader: ?), configuration and environment."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:all inputs were read",
            "1:some input could not be read, or the terminal could not be used",
            "2:the command line or the configuration was wrong"})
public final class LedeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    private Map<String, String> env;
    /** Where the reader runs: the user's terminal, or a rehearsal's stand-in. */
    private TerminalDevice device;
    /** The user's working directory, where relative file names point: a spare's is not its own. */
    private Path directory = Path.of("");
    /** Where output and messages go before they are wrapped as {@link #out} and {@link #err}. */
    private OutputStream outStream = OutputStream.nullOutputStream();
    private OutputStream errStream = OutputStream.nullOutputStream();
    private Keymap keymap = Keymap.defaults();
    /** The configuration's mistakes, each one line, in file order. */
    private final List<String> configProblems = new ArrayList<>();
    /** The configuration file read, for naming it briefly on the status line. */
    private Path configFile;
    /** {@code browser-terminal} from the configuration, or {@code null}. */
    private Boolean browserTerminal;
    /** Where output and messages go; picocli's writers when picocli read the command line. */
    private PrintWriter out;
    private PrintWriter err;
    /** The options given when the command line was read without picocli; {@code null} otherwise. */
    private PlainArgs plain;

    @Parameters(paramLabel = "URL|FILE", arity = "0..*",
            description = "web address or .html(.gz) file; none: the start page")
    List<String> inputs = new ArrayList<>();

    @ArgGroup(validate = false, heading = "%nReading:%n", order = 1)
    Reading reading = new Reading();

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 2)
    Output output = new Output();

    @ArgGroup(validate = false, heading = "%nFetching:%n", order = 3)
    Fetching fetching = new Fetching();

    @ArgGroup(validate = false, heading = "%nConfig:%n", order = 4)
    Config config = new Config();

    @ArgGroup(validate = false, heading = "%nGeneral:%n", order = 5)
    General general = new General();

    /** How the reader looks. */
    static final class Reading {
        @Option(names = "--demo", order = 10, description = "the built-in demo edition (no network needed)")
        boolean demo;

        @Option(names = "--width", paramLabel = "N", order = 11, defaultValue = "" + Layouter.DEFAULT_MEASURE,
                description = "text measure in columns (default: ${DEFAULT-VALUE})")
        int width = Layouter.DEFAULT_MEASURE;

        @Option(names = "--no-color", order = 12,
                description = "no colours (also when NO_COLOR is set)")
        boolean noColor;
    }

    /** What {@code --dump} prints. */
    static final class Output {
        @Option(names = "--dump", order = 20, description = "print the article and exit, no TUI")
        boolean dump;

        @Option(names = "--format", paramLabel = "FORMAT", order = 21, defaultValue = "text",
                description = "--dump output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        Format format = Format.text;

        @Option(names = "--ascii", order = 22,
                description = "ASCII bars, bullets, quotes, dashes and ellipses (the text's too), on screen and in --dump")
        boolean ascii;

        @Option(names = "--list", order = 23,
                description = "print the reading list (s saves an article) and exit")
        boolean list;
    }

    /** How pages are fetched and kept. */
    static final class Fetching {
        @Option(names = "--timeout", paramLabel = "SECONDS", order = 30,
                description = "give up on a page after this long (default: 30)")
        Integer timeoutSeconds;

        @Option(names = "--user-agent", paramLabel = "STRING", order = 31, description = "User-Agent header to send")
        String userAgent;

        @Option(names = "--cache-dir", paramLabel = "DIR", order = 32,
                description = "page cache (default: $XDG_CACHE_HOME/lede)")
        Path cacheDir;

        @Option(names = "--offline", order = 33, description = "read from the cache only, never the network")
        boolean offline;

        @Option(names = "--prefetch", paramLabel = "N", order = 34, defaultValue = "" + EffectRunner.DEFAULT_PREFETCH,
                description = "related articles loaded ahead (default: ${DEFAULT-VALUE}; 0: off)")
        int prefetch = EffectRunner.DEFAULT_PREFETCH;
    }

    /** Which configuration file, and showing what it comes to. */
    static final class Config {
        @Option(names = "--config", paramLabel = "FILE", order = 40,
                description = "settings file (default: $XDG_CONFIG_HOME/lede/config)")
        Path file;

        @Option(names = "--print-config", order = 41,
                description = "print the effective config file and exit")
        boolean print;
    }

    /** Everything else. */
    static final class General {
        @Option(names = "--verbose", order = 50, description = "cache figures and charset fixes on stderr when done")
        boolean verbose;

        @Option(names = "--spares", order = 53,
                description = "list your spares (pid, age, memory, key) and exit")
        boolean spares;

        @Option(names = "--stop-spares", order = 54, description = "end your spares and exit")
        boolean stopSpares;

        @Option(names = {"-h", "--help"}, order = 51, usageHelp = true, description = "show this help and exit")
        boolean help;

        @Option(names = {"-V", "--version"}, order = 52, versionHelp = true,
                description = "show version, Java and file places, and exit")
        boolean version;
    }

    /**
     * For picocli's generators (man page, completion), which instantiate the class themselves and
     * read only its options: no environment, no terminal.
     */
    private LedeCommand() {
        this(new Invocation(List.of(), Map.of(), Path.of(""), TerminalDevice.none(),
                OutputStream.nullOutputStream(), OutputStream.nullOutputStream()));
    }

    private LedeCommand(Invocation invocation) {
        this.env = invocation.env();
        this.device = invocation.terminal();
        this.directory = invocation.workingDirectory();
        this.outStream = invocation.out();
        this.errStream = invocation.err();
    }

    /** Output formats of {@code --dump}. */
    enum Format { text, json, markdown }

    /**
     * Runs lede as {@code invocation} asks and returns the exit status; never exits the process.
     * The usual command lines are read directly (see {@link PlainArgs}); the rest, help and
     * version included, by picocli.
     */
    public static int run(Invocation invocation) {
        LedeCommand command = new LedeCommand(invocation);
        String[] args = invocation.args().toArray(String[]::new);
        return PlainArgs.of(args).map(command::callWith)
                .orElseGet(() -> commandLine(command).execute(args));
    }

    private int callWith(PlainArgs args) {
        out = utf8Writer(outStream);
        err = utf8Writer(errStream);
        try {
            return given(args).call();
        } catch (RuntimeException e) {
            return crashed(env, err, e);
        }
    }

    /** This command with the options in {@code args}, as picocli would have set them. */
    LedeCommand given(PlainArgs args) {
        plain = args;
        inputs = new ArrayList<>(args.inputs());
        reading.demo = args.has("--demo");
        reading.noColor = args.has("--no-color");
        output.dump = args.has("--dump");
        output.ascii = args.has("--ascii");
        fetching.offline = args.has("--offline");
        general.verbose = args.has("--verbose");
        if (args.format() != null) {
            output.format = Format.valueOf(args.format());
        }
        if (args.has("--width")) {
            reading.width = Integer.parseInt(args.value("--width"));
        }
        if (args.has("--prefetch")) {
            fetching.prefetch = Integer.parseInt(args.value("--prefetch"));
        }
        if (args.has("--timeout")) {
            fetching.timeoutSeconds = Integer.valueOf(args.value("--timeout"));
        }
        fetching.userAgent = args.value("--user-agent");
        if (args.has("--cache-dir")) {
            fetching.cacheDir = Path.of(args.value("--cache-dir"));
        }
        if (args.has("--config")) {
            config.file = Path.of(args.value("--config"));
        }
        return this;
    }

    /**
     * The command line with lede's error handling (usage errors print a short hint and exit 2),
     * reading its environment from {@code env}, writing to {@code out} and {@code err}: for tests
     * and the release's checks of the options.
     */
    public static CommandLine commandLine(Map<String, String> env, OutputStream out, OutputStream err) {
        return commandLine(new LedeCommand(new Invocation(List.of(), env, Path.of(""), TerminalDevice.none(), out, err)));
    }

    /** The command line of {@link #commandLine(Map, OutputStream, OutputStream)} writing nowhere until told. */
    public static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }

    private static CommandLine commandLine(LedeCommand command) {
        Map<String, String> env = command.env;
        CommandLine cli = new CommandLine(command);
        cli.getCommandSpec().versionProvider(new Version(Locations.of(env, home(env))));
        // Articles are UTF-8 text whatever the locale says; JSON consumers expect it too.
        // Every byte written passes SafeWriter: no terminal control from a page, a server or an
        // argument reaches the user's terminal. Help is plain for the same reason.
        cli.setOut(utf8Writer(command.outStream));
        cli.setErr(utf8Writer(command.errStream));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.getHelpSectionMap().remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("lede: " + ex.getMessage());
            err.println("Try 'lede --help' for more information.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> crashed(env, commandLine.getErr(), ex));
        return cli;
    }

    private static PrintWriter utf8Writer(OutputStream stream) {
        return new PrintWriter(new SafeWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
    }

    /** Unexpected: the details go to a crash log, the user gets one line saying where. */
    private static int crashed(Map<String, String> env, PrintWriter err, Exception ex) {
        err.println("lede: " + new CrashReport(env, Clock.systemDefaultZone())
                .report(ex, Thread.currentThread()));
        return ExitCode.INPUT_FAILED;
    }

    @Override
    public Integer call() {
        if (out == null) { // picocli read the command line
            out = spec.commandLine().getOut();
            err = spec.commandLine().getErr();
        }
        Settings settings = configuration();
        if (settings == null) {
            return ExitCode.USAGE;
        }
        apply(settings);
        if (config.print) {
            out.print(ConfigPrinter.print(reading.width, colour(), fetching.prefetch,
                    fetchOptions(), settings.proxy(), settings.browserTerminal(), spare(settings), keymap));
            out.flush();
            return ExitCode.OK;
        }
        if (general.spares || general.stopSpares) {
            return usage((general.spares ? "--spares" : "--stop-spares") + " takes no other options or inputs");
        }
        if (output.list) {
            return ReadingListPrinter.print(ReadingList.open(StateDir.of(env), Clock.systemUTC()).read(),
                    output.format == Format.json, out, err);
        }
        if (reading.width < Layouter.MIN_WIDTH) {
            return usage("--width must be at least " + Layouter.MIN_WIDTH);
        }
        if (fetching.timeoutSeconds != null && fetching.timeoutSeconds <= 0) {
            return usage("--timeout must be a positive number of seconds");
        }
        if (fetching.prefetch < 0) {
            return usage("--prefetch must be 0 or more");
        }
        if (!output.dump && inputs.size() > 1) {
            return usage("the reader opens one article at a time; use --dump for several");
        }
        if (!output.dump && !device.interactive()) {
            return usage("standard output is not a terminal; use --dump to print the article");
        }
        ArticleLoader loader = loader();
        try {
            return output.dump ? dump(loader) : read(loader);
        } finally {
            if (general.verbose) {
                for (String line : loader.charsetNotes()) {
                    err.println("lede: charset: " + line);
                }
                for (String line : loader.figures().lines()) {
                    err.println("lede: cache: " + line);
                }
                err.flush();
            }
        }
    }

    /**
     * The demo edition is served from memory on a fresh port each run: not worth keeping on disk.
     * The start page reads through the disk cache, so that the reading list opens offline.
     */
    private ArticleLoader loader() {
        Fetcher fetcher = new Fetcher(fetchOptions());
        if (reading.demo || inputs.isEmpty() && output.dump) {
            return new ArticleLoader(fetcher, FetchOptions.DEFAULT_MAX_BYTES, directory);
        }
        Path cache = fetching.cacheDir != null ? directory.resolve(fetching.cacheDir)
                : Locations.of(env, home(env)).cache();
        DiskCache disk = new DiskCache(cache, DiskCache.DEFAULT_MAX_BYTES, Clock.systemUTC());
        return new ArticleLoader(new CachingFetcher(fetcher, disk, fetching.offline, Clock.systemUTC()),
                FetchOptions.DEFAULT_MAX_BYTES, directory);
    }

    private FetchOptions fetchOptions() {
        FetchOptions options = FetchOptions.defaults(Version.VERSION).withProxiesFrom(env);
        if (fetching.timeoutSeconds != null) {
            options = options.withTimeout(Duration.ofSeconds(fetching.timeoutSeconds));
        }
        if (fetching.userAgent != null) {
            options = options.withUserAgent(fetching.userAgent);
        }
        return options;
    }

    private int dump(ArticleLoader loader) {
        return Dump.print(inputs, reading.demo, loader, output.format, reading.width,
                LayoutOptions.DEFAULT.ascii(output.ascii), out, err);
    }

    private int read(ArticleLoader loader) {
        // The first article loads, and the demo's server starts, on threads of their own while
        // this one reads the places, opens the terminal and builds the reader.
        DemoStart demo = reading.demo || inputs.isEmpty() ? new DemoStart() : null;
        Background<Places> placesRead = Background.later(() -> Places.open(StateDir.of(env), Clock.systemUTC()));
        ReadingList readingList = ReadingList.open(StateDir.of(env), Clock.systemUTC());
        Background<String> first = Background.start("lede-first-load",
                () -> open(loader, demo, placesRead, readingList));
        Places places = placesRead.runHere();
        TuiOptions options = new TuiOptions(reading.width, !colour())
                .withKeymap(keymap).withPlaces(places).withAscii(output.ascii).withNotice(configNotice());
        Tui.Session session;
        try {
            session = Tui.open(options, device, env); // taken over while the first article loads
            // A terminal that cannot draw Unicode gets the page's own punctuation in ASCII too.
            session.prepare(new Update(keymap, session.unicode() ? loader.layouts() : loader.layouts().inAscii()),
                    (inbox, clipboard, lender) -> new EffectRunner(loader, inbox, clipboard, lender, places,
                            fetching.prefetch, env, browserTerminal).withReadingList(readingList));
        } catch (IllegalStateException e) { // the terminal cannot be used: Tui's message is for the user
            err.println("lede: " + e.getMessage());
            if (demo != null) {
                demo.close();
            }
            return ExitCode.INPUT_FAILED;
        }
        try {
            String target;
            try {
                target = first.get(); // before the screen opens: a failure is a plain message
            } catch (FetchException e) {
                session.close(); // on a terminal given back
                err.println("lede: " + e.getMessage());
                return ExitCode.INPUT_FAILED;
            }
            try {
                return session.run(target) ? ExitCode.OK : ExitCode.INPUT_FAILED;
            } catch (IllegalStateException e) { // the terminal cannot be used: Tui's message is for the user
                err.println("lede: " + e.getMessage());
                return ExitCode.INPUT_FAILED;
            }
        } finally {
            session.close();
            if (demo != null) {
                demo.close();
            }
        }
    }

    /**
     * Loads the article the command line asks for (the demo's lead, the start page, or the
     * input) into {@code loader}'s cache, and returns its target.
     */
    private String open(ArticleLoader loader, DemoStart demo, Background<Places> placesRead, ReadingList readingList)
            throws FetchException {
        String target = demo == null ? inputs.get(0) : null;
        if (demo != null) {
            DemoServer server = demo.server();
            Places places = placesRead.get();
            places.skipping(server.base());
            loader.direct(server.base());
            readingList.skipping(server.base());
            if (reading.demo) { // the lead is in memory already: no HTTP round trip before the first screen
                target = server.leadUrl();
                DemoEdition edition = server.edition();
                loader.remember(target, edition.page(edition.lead(), server.base()));
            } else {
                target = StartPage.TARGET;
                loader.cache().put(target, StartPage.article(readingList.read().saved(),
                        places.recent(StartPage.RECENT + StartPage.RECENT), demoLinks(server)));
            }
        }
        loader.load(target, false);
        return target;
    }

    private static List<RelatedLink> demoLinks(DemoServer server) {
        List<RelatedLink> links = new ArrayList<>();
        for (DemoArticle article : server.edition().articles()) {
            links.add(new RelatedLink(article.title(), server.url(article)));
        }
        return links;
    }

    /**
     * The configuration file's settings, its mistakes reported on standard error (lede goes on
     * without them); {@code null} when a file named by --config cannot be read.
     */
    /**
     * Whether the launcher leaves spares: {@code LEDE_SPARE=1} or {@code 0} decides, else the
     * file's {@code spare}, else off (dist/lede reads the same two).
     */
    private boolean spare(Settings settings) {
        String given = env.get("LEDE_SPARE");
        return "1".equals(given) || !"0".equals(given) && Boolean.TRUE.equals(settings.spare());
    }

    private Settings configuration() {
        Path file = config.file != null ? directory.resolve(config.file) : Locations.of(env, home(env)).configFile();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            if (config.file == null) {
                return Settings.NONE;
            }
            err.println("lede: " + file + ": no such configuration file");
            return null;
        } catch (IOException | UncheckedIOException e) {
            String problem = file + ": cannot read the configuration (" + Problems.describe(e) + ")";
            configProblems.add(problem);
            configFile = file;
            err.println("lede: " + problem);
            return config.file == null ? Settings.NONE : null;
        }
        ConfigFile.Parsed parsed = new ConfigFile(Layouter.MIN_WIDTH).parse(file.toString(), text);
        configFile = file;
        configProblems.addAll(parsed.problems());
        List<KeyLines.Line> keyLines = new ArrayList<>();
        for (Settings.KeyBinding binding : parsed.settings().keys()) {
            keyLines.add(new KeyLines.Line(binding.action(), binding.keys(), binding.where()));
        }
        KeyLines.Applied keys = KeyLines.apply(keymap, keyLines);
        keymap = keys.keymap();
        configProblems.addAll(keys.problems());
        for (String problem : configProblems) {
            err.println("lede: " + problem);
        }
        err.flush();
        return parsed.settings();
    }

    /**
     * The configuration's first mistake, for the reader's first screen (the whole list is on
     * stderr, which the reader's screen hides until it quits), or {@code null}.
     */
    private String configNotice() {
        if (configProblems.isEmpty()) {
            return null;
        }
        String more = configProblems.size() == 1 ? "" : " (and " + (configProblems.size() - 1) + " more on quitting)";
        String first = configProblems.get(0);
        if (configFile != null && configFile.getFileName() != null && first.startsWith(configFile.toString())) {
            first = configFile.getFileName() + first.substring(configFile.toString().length()); // the status line is short
        }
        return first + more;
    }

    /** The file's settings where the command line said nothing. */
    private void apply(Settings settings) {
        browserTerminal = settings.browserTerminal();
        if (settings.width() != null && !given("--width")) {
            reading.width = settings.width();
        }
        if (Boolean.FALSE.equals(settings.color())) {
            reading.noColor = true;
        }
        if (settings.prefetch() != null && !given("--prefetch")) {
            fetching.prefetch = settings.prefetch();
        }
        if (settings.timeout() != null && fetching.timeoutSeconds == null) {
            fetching.timeoutSeconds = settings.timeout();
        }
        if (settings.userAgent() != null && fetching.userAgent == null) {
            fetching.userAgent = settings.userAgent();
        }
        if (settings.proxy() != null) {
            Map<String, String> proxied = new HashMap<>(env);
            for (String name : List.of("http_proxy", "https_proxy", "all_proxy", "no_proxy")) {
                proxied.remove(name);
                proxied.remove(name.toUpperCase(Locale.ROOT));
            }
            if (!settings.proxy().equals("direct")) {
                proxied.put("http_proxy", settings.proxy());
                proxied.put("https_proxy", settings.proxy());
            }
            env = Map.copyOf(proxied);
        }
    }

    /**
     * Whether colours are on: not with --no-color or {@code theme = mono}, and never when NO_COLOR
     * is set to anything but the empty string (no-color.org), whatever the configuration says.
     */
    private boolean colour() {
        return !reading.noColor && env.getOrDefault("NO_COLOR", "").isEmpty();
    }

    /** Whether the option {@code name} was on the command line. */
    private boolean given(String name) {
        return plain != null ? plain.has(name) : spec.commandLine().getParseResult().hasMatchedOption(name);
    }

    /** HOME from the environment, else the JVM's idea of it. */
    static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    private int usage(String message) {
        err.println("lede: " + message);
        err.println("Try 'lede --help' for more information.");
        return ExitCode.USAGE;
    }
}
