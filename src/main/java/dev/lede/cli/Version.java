package dev.lede.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;

/** lede's version, from the manifest or the properties Maven writes at build time, with the Java and the places it uses. */
final class Version implements CommandLine.IVersionProvider {
    static final String VERSION = read();

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
     * The jar's manifest says it (and costs nothing more: the launcher has read it already);
     * the properties file is for runs from the build's class directory, which has no manifest.
     */
    private static String read() {
        String packaged = Version.class.getPackage().getImplementationVersion();
        if (packaged != null) {
            return packaged;
        }
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/lede/lede.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "dev"
        }
        String version = properties.getProperty("version", "dev");
        return version.startsWith("${") ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "lede " + VERSION,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
            "config: " + locations.configFile(),
            "cache:  " + locations.cache(),
            "state:  " + locations.state()};
    }
}
