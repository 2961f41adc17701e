package dev.lede.cli;

import dev.lede.fetch.FetchOptions;
import dev.lede.reader.Keymap;
import dev.lede.reader.Key;
import java.util.StringJoiner;

/** The effective settings written as a configuration file, so they can be saved and edited. */
final class ConfigPrinter {
    private ConfigPrinter() {
    }

    static String print(int width, boolean color, int prefetch, FetchOptions fetch, String proxy, Boolean browserTerminal,
                        boolean spare, Keymap keymap) {
        StringBuilder out = new StringBuilder();
        out.append("# lede's effective configuration: command line, then config file, then defaults\n");
        out.append("width = ").append(width).append('\n');
        out.append("theme = ").append(color ? "color" : "mono").append('\n');
        out.append("prefetch = ").append(prefetch).append('\n');
        out.append("timeout = ").append(fetch.timeout().toSeconds()).append('\n');
        out.append("user-agent = ").append(fetch.userAgent()).append('\n');
        if (proxy != null) {
            out.append("proxy = ").append(proxy).append('\n');
        } else {
            out.append("# proxy = http://HOST:PORT or direct (unset: http_proxy, https_proxy, no_proxy)\n");
        }
        if (browserTerminal != null) {
            out.append("browser-terminal = ").append(browserTerminal).append('\n');
        } else {
            out.append("# browser-terminal = true or false (unset: w3m, lynx, elinks, links, www-browser are)\n");
        }
        out.append("spare = ").append(spare ? "on" : "off").append('\n');
        for (Keymap.Binding binding : keymap.bindings()) {
            StringJoiner keys = new StringJoiner(" ");
            for (Key key : binding.keys()) {
                keys.add(key.label());
            }
            out.append("key.").append(binding.action().configName()).append(" = ").append(keys).append('\n');
        }
        return out.toString();
    }
}
