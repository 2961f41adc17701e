package dev.lede.fetch;

import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A TLS context made when a TLS connection first needs one, not when the HTTP client is built.
 * Java's HTTP client makes its context up front, and the first TLS context a JVM makes sets up
 * the security providers, the cipher suites and the elliptic curves: about a fifth of the CPU a
 * fresh JVM spends on a page fetched in the clear, which never uses it. A TLS fetch starts making
 * it in the background ({@link #prepare()}) while the name is looked up and the connection made.
 *
 * <p>The context made is the platform's own, trusting through {@link DeferredTrust}; this class
 * only decides when.
 */
final class DeferredTlsContext extends SSLContext {
    private final Lazy lazy;

    private DeferredTlsContext(Lazy lazy) {
        super(lazy, null, "TLS");
        this.lazy = lazy;
    }

    /** A context that trusts what the platform trusts, through {@code trust}. */
    static DeferredTlsContext trusting(DeferredTrust trust) {
        return new DeferredTlsContext(new Lazy(trust));
    }

    /**
     * The parameters a client uses when nothing is said: the made context's defaults (cipher suites
     * and protocols left unset are the engine's own), for the HTTP client, which would otherwise
     * ask the context for them when it is built.
     */
    static SSLParameters clientDefaults() {
        return new SSLParameters();
    }

    /** Starts making the context on a thread of its own, if that has not started yet. */
    void prepare() {
        lazy.prepare();
    }

    /** Makes the platform's TLS context on first use; every call goes to it. */
    private static final class Lazy extends SSLContextSpi {
        private final FutureTask<SSLContext> made;
        private final AtomicBoolean preparing = new AtomicBoolean();

        Lazy(DeferredTrust trust) {
            made = new FutureTask<>(() -> {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {trust}, null);
                return context;
            });
        }

        void prepare() {
            if (preparing.compareAndSet(false, true)) {
                Thread maker = new Thread(made, "lede-tls");
                maker.setDaemon(true);
                maker.start();
            }
        }

        private SSLContext context() {
            made.run(); // makes it here when no thread has started to
            try {
                return made.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while setting up TLS", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                String why = cause instanceof GeneralSecurityException ? "this Java has no TLS: " : "cannot set up TLS: ";
                throw new IllegalStateException(why + cause.getMessage(), cause);
            }
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
                throws KeyManagementException {
            throw new KeyManagementException("a deferred TLS context is set up when made");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return context().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return context().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return context().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return context().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return context().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return context().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return context().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return context().getSupportedSSLParameters();
        }
    }
}
