package dev.lede.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * lede's version, from the jar's manifest or the properties Maven writes at build time. Kept
 * apart from {@link Version}, picocli's version provider: a class that implements a picocli
 * interface cannot go into the AOT cache (picocli is compiled for Java 5), so every run that
 * needs the version for its User-Agent would load it, and open the jar, for that alone.
 */
final class Release {
    /** The version, such as {@code 0.1.0}; {@code dev} when nothing says. */
    static final String VERSION = read();

    private Release() {
    }

    /**
     * The jar's manifest says it (and costs nothing more: the launcher has read it already);
     * the properties file is for runs from the build's class directory, which has no manifest.
     */
    private static String read() {
        String packaged = Release.class.getPackage().getImplementationVersion();
        if (packaged != null) {
            return packaged;
        }
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream("/dev/lede/lede.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "dev"
        }
        String version = properties.getProperty("version", "dev");
        return version.startsWith("${") ? "dev" : version;
    }
}
