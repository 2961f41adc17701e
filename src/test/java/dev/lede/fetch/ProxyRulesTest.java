package dev.lede.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Proxy settings read from an environment the way curl reads them. */
class ProxyRulesTest {
    private static Optional<String> proxyFor(Map<String, String> env, String url) {
        return ProxyRules.fromEnvironment(env).proxyFor(URI.create(url))
                .map(address -> address.getHostString() + ":" + address.getPort());
    }

    @Test
    void noVariables_meanDirect() {
        assertTrue(ProxyRules.fromEnvironment(Map.of()).isEmpty());
        assertEquals(Optional.empty(), proxyFor(Map.of(), "http://example.com/"));
    }

    @Test
    void httpProxy_isForHttpOnly() {
        Map<String, String> env = Map.of("http_proxy", "http://proxy.local:3128");
        assertEquals(Optional.of("proxy.local:3128"), proxyFor(env, "http://example.com/"));
        assertEquals(Optional.empty(), proxyFor(env, "https://example.com/"));
    }

    @Test
    void httpsProxy_isForHttpsOnly() {
        Map<String, String> env = Map.of("https_proxy", "proxy.local:8443");
        assertEquals(Optional.of("proxy.local:8443"), proxyFor(env, "https://example.com/"));
        assertEquals(Optional.empty(), proxyFor(env, "http://example.com/"));
    }

    @Test
    void upperCaseNames_areReadToo() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://up.local:1", "HTTP_PROXY", "http://up.local:2");
        assertEquals(Optional.of("up.local:1"), proxyFor(env, "https://example.com/"));
        assertEquals(Optional.of("up.local:2"), proxyFor(env, "http://example.com/"));
    }

    @Test
    void lowerCaseName_winsOverUpperCase() {
        Map<String, String> env = Map.of("http_proxy", "lower.local:1", "HTTP_PROXY", "upper.local:2");
        assertEquals(Optional.of("lower.local:1"), proxyFor(env, "http://example.com/"));
    }

    @Test
    void allProxy_coversBothWhenTheyAreUnset() {
        Map<String, String> env = Map.of("ALL_PROXY", "all.local:9");
        assertEquals(Optional.of("all.local:9"), proxyFor(env, "http://example.com/"));
        assertEquals(Optional.of("all.local:9"), proxyFor(env, "https://example.com/"));
    }

    @Test
    void proxyWithoutPort_usesCurlsDefault_andUserInfoIsNotPartOfTheHost() {
        assertEquals(Optional.of("proxy.local:1080"), proxyFor(Map.of("http_proxy", "http://u:p@proxy.local/"),
                "http://example.com/"));
    }

    @Test
    void socksProxy_isNotUsed() {
        assertEquals(Optional.empty(), proxyFor(Map.of("http_proxy", "socks5://proxy.local:1080"), "http://example.com/"));
    }

    @Test
    void noProxy_domainCoversItselfAndItsSubdomains_butNotLookalikes() {
        Map<String, String> env = Map.of("http_proxy", "proxy.local:1", "no_proxy", "example.com, .internal");
        assertEquals(Optional.empty(), proxyFor(env, "http://example.com/"));
        assertEquals(Optional.empty(), proxyFor(env, "http://news.example.com/"));
        assertEquals(Optional.empty(), proxyFor(env, "http://wiki.corp.internal/"));
        assertEquals(Optional.of("proxy.local:1"), proxyFor(env, "http://notexample.com/"));
    }

    @Test
    void noProxy_upperCaseAndWildcardForms() {
        Map<String, String> env = Map.of("HTTP_PROXY", "proxy.local:1", "NO_PROXY", "*.Example.COM");
        assertEquals(Optional.empty(), proxyFor(env, "http://www.example.com./"));
        assertEquals(Optional.empty(), proxyFor(Map.of("http_proxy", "p:1", "no_proxy", "*"), "http://any.where/"));
    }

    @Test
    void noProxy_withPort_onlyThatPortGoesDirect() {
        Map<String, String> env = Map.of("http_proxy", "proxy.local:1", "no_proxy", "example.com:8080");
        assertEquals(Optional.empty(), proxyFor(env, "http://example.com:8080/"));
        assertEquals(Optional.of("proxy.local:1"), proxyFor(env, "http://example.com/"));
    }

    @Test
    void noProxy_addressesAndBlocks() {
        Map<String, String> env = Map.of("http_proxy", "proxy.local:1", "no_proxy", "127.0.0.1,10.0.0.0/8,[::1]");
        assertEquals(Optional.empty(), proxyFor(env, "http://127.0.0.1:9000/"));
        assertEquals(Optional.empty(), proxyFor(env, "http://10.20.30.40/"));
        assertEquals(Optional.empty(), proxyFor(env, "http://[::1]:9000/"));
        assertEquals(Optional.of("proxy.local:1"), proxyFor(env, "http://11.0.0.1/"));
    }

    @Test
    void description_namesEachProxyAndTheExceptions() {
        assertEquals("http via p.local:3128, https via none (direct), not for .corp,localhost", ProxyRules.fromEnvironment(
                Map.of("http_proxy", "p.local:3128", "no_proxy", ".corp, localhost")).toString());
        assertEquals("none", ProxyRules.none().toString());
    }

    @Test
    void address_readsTheForms() {
        InetSocketAddress address = ProxyRules.address("https://proxy.example:443");
        assertEquals("proxy.example", address.getHostString());
        assertEquals(443, address.getPort());
    }
}
