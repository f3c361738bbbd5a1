package dev.hubonboard.net;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The certificates the app trusts: Java's own (cacerts), plus the operating system's store, where a company's
 * root certificate usually is (a TLS-inspecting proxy re-signs Docker Hub with it): Windows {@code Windows-ROOT},
 * macOS {@code KeychainStore}, Linux the system bundle ({@code /etc/ssl/certs/ca-certificates.crt} or the
 * Red Hat path). Plus an explicit PEM bundle named by the system property {@value #PROPERTY}, for a corporate CA
 * that is nowhere else. All of them together make one trust manager: a server is trusted if any source trusts it.
 * <p>
 * A source that cannot be read is skipped: Java's own certificates always remain. Results are cached; the
 * operating system's store is read once per run.
 */
public final class TrustStores {
    /** {@code -Dhub-onboard.trust-store=/path/to/corporate-root.pem}. */
    public static final String PROPERTY = "hub-onboard.trust-store";

    private static final List<Path> LINUX_BUNDLES = List.of(Path.of("/etc/ssl/certs/ca-certificates.crt"),
            Path.of("/etc/pki/tls/certs/ca-bundle.crt"), Path.of("/etc/ssl/cert.pem"));
    private static final Map<String, X509TrustManager> CACHE = new ConcurrentHashMap<>();
    private static volatile List<X509Certificate> systemCertificates;

    private TrustStores() {
    }

    /** Java's, the operating system's and the {@value #PROPERTY} bundle's certificates. */
    public static X509TrustManager forThisComputer() {
        return with(System.getProperty(PROPERTY));
    }

    /**
     * As {@link #forThisComputer()}, with {@code extraPemBundle} (may be null) instead of the system property.
     *
     * @throws IllegalArgumentException when the named bundle cannot be read or holds no certificate: a typo in
     *                                  the option must not silently turn into "certificate not trusted"
     */
    public static X509TrustManager with(String extraPemBundle) {
        String key = extraPemBundle == null || extraPemBundle.isBlank() ? "" : extraPemBundle.strip();
        return CACHE.computeIfAbsent(key, TrustStores::build);
    }

    private static X509TrustManager build(String extraPemBundle) {
        try {
            KeyStore merged = KeyStore.getInstance(KeyStore.getDefaultType());
            merged.load(null, null);
            int n = 0;
            for (X509Certificate c : javaDefault().getAcceptedIssuers()) {
                merged.setCertificateEntry("java-" + n++, c);
            }
            for (X509Certificate c : system()) {
                merged.setCertificateEntry("os-" + n++, c);
            }
            if (!extraPemBundle.isEmpty()) {
                List<X509Certificate> extra = readPem(Path.of(extraPemBundle));
                if (extra.isEmpty()) {
                    throw new IllegalArgumentException(PROPERTY + ": " + extraPemBundle
                            + " holds no certificate; give a PEM file (-----BEGIN CERTIFICATE-----)");
                }
                for (X509Certificate c : extra) {
                    merged.setCertificateEntry("extra-" + n++, c);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(merged);
            return x509(tmf.getTrustManagers());
        } catch (IOException e) {
            throw new IllegalArgumentException(PROPERTY + ": " + extraPemBundle + " cannot be read ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : "unreadable") + ")");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(PROPERTY + ": " + extraPemBundle + " is not a PEM certificate bundle");
        }
    }

    static X509TrustManager javaDefault() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        return x509(tmf.getTrustManagers());
    }

    private static X509TrustManager x509(TrustManager[] managers) {
        for (TrustManager m : managers) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("no X.509 trust manager in this Java runtime");
    }

    /** The operating system's trusted roots; empty where there is no readable store. */
    static List<X509Certificate> system() {
        List<X509Certificate> s = systemCertificates;
        if (s == null) {
            s = List.copyOf(readSystem());
            systemCertificates = s;
        }
        return s;
    }

    private static List<X509Certificate> readSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.startsWith("windows")) {
                return fromKeyStore("Windows-ROOT");
            }
            if (os.contains("mac")) {
                return fromKeyStore("KeychainStore");
            }
            for (Path bundle : LINUX_BUNDLES) {
                if (Files.isReadable(bundle)) {
                    return readPem(bundle);
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // An unreadable OS store leaves Java's own certificates; the error message names the fix.
        }
        return List.of();
    }

    private static List<X509Certificate> fromKeyStore(String type) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(type);
        ks.load(null, null);
        List<X509Certificate> out = new ArrayList<>();
        for (Enumeration<String> aliases = ks.aliases(); aliases.hasMoreElements(); ) {
            Certificate c = ks.getCertificate(aliases.nextElement());
            if (c instanceof X509Certificate x) {
                out.add(x);
            }
        }
        return out;
    }

    /** Every certificate in a PEM (or DER) file; a bundle with a broken entry yields those before it. */
    static List<X509Certificate> readPem(Path file) throws IOException, GeneralSecurityException {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        List<X509Certificate> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> all = cf.generateCertificates(in);
            for (Certificate c : all) {
                if (c instanceof X509Certificate x) {
                    out.add(x);
                }
            }
        } catch (java.security.cert.CertificateException e) {
            if (out.isEmpty()) {
                throw e;
            }
        }
        return out;
    }
}
