package dev.lede.fetch;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The platform's trust in server certificates (the JDK's {@code cacerts}, or the trust store the
 * {@code javax.net.ssl.trustStore} properties name), loaded when a TLS connection first needs it
 * rather than when the HTTP client is built. Parsing some 150 certificates takes a fresh JVM
 * about 100 ms of CPU: a page fetched in the clear never pays it, and a TLS fetch starts loading
 * it in the background ({@link #prepare()}) while the name is looked up and the connection made.
 *
 * <p>Every check is the platform trust manager's own, endpoint identification included: this
 * class only decides when that manager is made.
 */
final class DeferredTrust extends X509ExtendedTrustManager {
    private final FutureTask<X509ExtendedTrustManager> platform = new FutureTask<>(DeferredTrust::platformTrust);
    private final AtomicBoolean preparing = new AtomicBoolean();

    /** Starts loading the platform's trust on a thread of its own, if that has not started yet. */
    void prepare() {
        if (preparing.compareAndSet(false, true)) {
            Thread loader = new Thread(platform, "lede-trust");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private X509ExtendedTrustManager platform() throws CertificateException {
        platform.run(); // loads it here when no thread has started to
        try {
            return platform.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CertificateException("interrupted while loading the trusted certificates", e);
        } catch (ExecutionException e) {
            throw new CertificateException("cannot load the trusted certificates: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private static X509ExtendedTrustManager platformTrust() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the platform has no X.509 trust manager");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        platform().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        platform().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform().checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        platform().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        platform().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform().checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        try {
            return platform().getAcceptedIssuers();
        } catch (CertificateException e) {
            return new X509Certificate[0]; // nothing is accepted: every check fails the same way
        }
    }
}
