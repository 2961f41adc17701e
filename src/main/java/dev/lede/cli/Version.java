package dev.lede.cli;

import java.util.Map;
import picocli.CommandLine;

/** What {@code --version} prints: lede's {@link Release#VERSION}, the Java, and the places lede uses. */
final class Version implements CommandLine.IVersionProvider {
    private final Locations locations;

    /**
     * For picocli, which instantiates the provider itself before the command line sets the one
     * that knows the user's environment; its places are the JVM's idea of home.
     */
    Version() {
        this(Locations.of(Map.of(), LedeCommand.home(Map.of())));
    }

    Version(Locations locations) {
        this.locations = locations;
    }

    /**
     * Makes {@code cli}'s {@code --version} name {@code locations}. Done here, not where the
     * command line is built: verifying a class that passes a Version where picocli wants its
     * interface loads that interface from the jar, on runs that never read a picocli option.
     */
    static void provide(CommandLine cli, Locations locations) {
        cli.getCommandSpec().versionProvider(new Version(locations));
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "lede " + Release.VERSION,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
            "config: " + locations.configFile(),
            "cache:  " + locations.cache(),
            "state:  " + locations.state()};
    }
}
