package dev.lede.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a process acts with, as {@code /proc} shows it: its user and group ids (real, effective,
 * saved, file system), its supplementary groups, its umask, its control groups and the namespaces
 * it lives in. A spare runs a command line with its own; it serves a launcher only when the
 * launcher's are the same, so a run never gets more (or other) rights than the user's shell gave it.
 *
 * @param status     the lines of /proc/PID/status that grant rights ({@link #STATUS_LINES}), whitespace squeezed
 * @param cgroups    /proc/PID/cgroup
 * @param namespaces each namespace's name and identity, from the links in /proc/PID/ns
 */
record Credentials(Map<String, String> status, String cgroups, Map<String, String> namespaces) {
    /**
     * The lines compared: a launcher of another user ({@code Uid}), one whose groups were removed
     * or added since the spare started ({@code Gid}, {@code Groups}), one that would create files
     * open to others ({@code Umask}).
     */
    static final List<String> STATUS_LINES = List.of("Uid", "Gid", "Groups", "Umask");

    /** The credentials of process {@code pid}. @throws IOException when /proc does not show them (gone, or another user's) */
    static Credentials of(long pid) throws IOException {
        Path process = ProcFiles.of(pid);
        Map<String, String> namespaces = new TreeMap<>();
        // The spare's own list: a namespace the kernel has for it must be the launcher's too.
        try (DirectoryStream<Path> kinds = Files.newDirectoryStream(Path.of("/proc/self/ns"))) {
            for (Path kind : kinds) {
                String name = kind.getFileName().toString();
                namespaces.put(name, Files.readSymbolicLink(process.resolve("ns").resolve(name)).toString());
            }
        }
        return of(Files.readString(process.resolve("status"), StandardCharsets.UTF_8),
                Files.readString(process.resolve("cgroup"), StandardCharsets.UTF_8), namespaces);
    }

    /** Credentials from the text of /proc/PID/status and /proc/PID/cgroup. */
    static Credentials of(String statusText, String cgroups, Map<String, String> namespaces) {
        Map<String, String> status = new TreeMap<>();
        for (String line : statusText.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && STATUS_LINES.contains(line.substring(0, colon))) {
                status.put(line.substring(0, colon), line.substring(colon + 1).strip().replaceAll("\\s+", " "));
            }
        }
        return new Credentials(Map.copyOf(status), cgroups.strip(), Map.copyOf(namespaces));
    }

    /** Why a launcher with {@code other} credentials cannot be served with these, or {@code null} when it can. */
    String differenceFrom(Credentials other) {
        for (String line : STATUS_LINES) {
            if (!String.valueOf(status.get(line)).equals(String.valueOf(other.status.get(line)))) {
                return "its " + line + " is " + other.status.get(line) + ", the spare's " + status.get(line);
            }
        }
        for (Map.Entry<String, String> namespace : namespaces.entrySet()) {
            if (!namespace.getValue().equals(other.namespaces.get(namespace.getKey()))) {
                return "it is in another " + namespace.getKey() + " namespace";
            }
        }
        if (!cgroups.equals(other.cgroups)) {
            return "it is in another control group";
        }
        return null;
    }
}
