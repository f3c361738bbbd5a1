package dev.hubonboard.net;

import javax.net.ssl.X509TrustManager;
import java.net.ProxySelector;
import java.util.Objects;

/**
 * How requests reach the internet on this computer: the proxy (see {@link ProxySettings} for the precedence) and
 * the certificates trusted (see {@link TrustStores}).
 */
public record NetworkSettings(ProxySelector proxy, X509TrustManager trust) {

    public NetworkSettings {
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(trust, "trust");
    }

    /**
     * Java's proxy settings, then {@code HTTPS_PROXY}/{@code NO_PROXY}; Java's, the OS's and the
     * {@code hub-onboard.trust-store} certificates.
     *
     * @throws IllegalArgumentException when {@code -Dhub-onboard.trust-store} names a file that is not a PEM bundle,
     *                                  or ({@link ProxySettings.InsecureProxyException}) when {@code HTTPS_PROXY} is
     *                                  an {@code https://} URL with a password, which would travel in clear
     */
    public static NetworkSettings fromSystem() {
        return new NetworkSettings(ProxySettings.fromSystem(), TrustStores.forThisComputer());
    }
}
