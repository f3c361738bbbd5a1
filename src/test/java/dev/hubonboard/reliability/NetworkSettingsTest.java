package dev.hubonboard.reliability;

import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.NetworkSettings;
import dev.hubonboard.net.ProxySettings;
import dev.hubonboard.net.TrustStores;
import dev.hubonboard.net.UnreachableException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.X509TrustManager;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proxies (Java's settings, then HTTPS_PROXY/NO_PROXY) and trusted certificates (Java, OS, a corporate PEM). */
class NetworkSettingsTest {
    private static final HeldCertificate ROOT = new HeldCertificate.Builder().certificateAuthority(0)
            .commonName("Hub Onboard Test Corporate Root").build();
    private static final HeldCertificate SERVER = new HeldCertificate.Builder().commonName("hub.example.test")
            .addSubjectAlternativeName("localhost").addSubjectAlternativeName("hub.example.test").signedBy(ROOT)
            .build();
    private static final HttpSettings FAST = new HttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(5), 3,
            Duration.ofMillis(10), Duration.ofSeconds(5));
    private static final Function<String, String> NO_ENV = k -> null;

    @TempDir
    Path dir;
    private MockWebServer server;
    private Path rootPem;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(SERVER, ROOT.certificate()).build()
                .sslSocketFactory());
        server.start(InetAddress.getLoopbackAddress(), 0);
        rootPem = dir.resolve("corporate-root.pem");
        Files.writeString(rootPem, ROOT.certificatePem());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpTransport transport(ProxySelector proxy, X509TrustManager trust) {
        return new HttpTransport(FAST, d -> { }, Clock.systemUTC(), new NetworkSettings(proxy, trust));
    }

    private static int get(HttpTransport t, String url) throws Exception {
        try (Response r = t.execute(new Request.Builder().url(url).build(), true, "reading the test page")) {
            return r.code();
        }
    }

    private String local() {
        return "https://localhost:" + server.getPort() + "/v2/";
    }

    // ---- trust ----

    @Test
    void aServerSignedByAnUnknownCorporateRootFailsInWordsAndIsNotRetried() {
        server.enqueue(new MockResponse.Builder().code(200).build());
        HttpTransport t = transport(new ProxySettings(null, NO_ENV), TrustStores.with(null));
        assertThatThrownBy(() -> get(t, local()))
                .isInstanceOfSatisfying(UnreachableException.class, e -> {
                    assertThat(e.getMessage())
                            .startsWith("The server's certificate is not trusted by this computer while reading "
                                    + "the test page (localhost): a corporate proxy or missing root certificate?")
                            .contains("-Dhub-onboard.trust-store=");
                    Messages.assertPlain("untrusted certificate", e.getMessage());
                });
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theCorporateRootAsAPemBundleMakesItWork() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());
        assertThat(get(transport(new ProxySettings(null, NO_ENV), TrustStores.with(rootPem.toString())), local()))
                .isEqualTo(200);
    }

    @Test
    void theSystemPropertyNamesTheBundleForTheStandardTransport() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());
        String before = System.getProperty(TrustStores.PROPERTY);
        System.setProperty(TrustStores.PROPERTY, rootPem.toString());
        try {
            assertThat(get(new HttpTransport(FAST, d -> { }, Clock.systemUTC()), local())).isEqualTo(200);
        } finally {
            restore(TrustStores.PROPERTY, before);
        }
    }

    @Test
    void javasAndTheOperatingSystemsCertificatesStayTrusted() throws Exception {
        Set<String> trusted = Arrays.stream(TrustStores.with(rootPem.toString()).getAcceptedIssuers())
                .map(c -> c.getSubjectX500Principal().getName()).collect(Collectors.toSet());
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((java.security.KeyStore) null);
        X509Certificate[] javas = ((X509TrustManager) tmf.getTrustManagers()[0]).getAcceptedIssuers();
        assertThat(trusted).contains(ROOT.certificate().getSubjectX500Principal().getName());
        assertThat(trusted).containsAll(Arrays.stream(javas).map(c -> c.getSubjectX500Principal().getName()).toList());
        Path bundle = Path.of("/etc/ssl/certs/ca-certificates.crt");
        if (Files.isReadable(bundle)) {
            var cf = java.security.cert.CertificateFactory.getInstance("X.509");
            try (var in = Files.newInputStream(bundle)) {
                List<String> os = cf.generateCertificates(in).stream()
                        .map(c -> ((X509Certificate) c).getSubjectX500Principal().getName()).toList();
                assertThat(trusted).as("the Linux system bundle is merged in").containsAll(os);
            }
        }
    }

    @Test
    void aBundleThatIsNotThereOrNotPemIsAnErrorNotASilentFallback() throws Exception {
        assertThatThrownBy(() -> TrustStores.with(dir.resolve("missing.pem").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hub-onboard.trust-store").hasMessageContaining("no such file");
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
        assertThatThrownBy(() -> TrustStores.with(junk.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hub-onboard.trust-store");
    }

    @Test
    void aCertificateForAnotherNameIsExplained() {
        HeldCertificate other = new HeldCertificate.Builder().addSubjectAlternativeName("other.example")
                .signedBy(ROOT).build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(other, ROOT.certificate()).build()
                .sslSocketFactory());
        server.enqueue(new MockResponse.Builder().code(200).build());
        HttpTransport t = transport(new ProxySettings(null, NO_ENV), TrustStores.with(rootPem.toString()));
        assertThatThrownBy(() -> get(t, local())).isInstanceOfSatisfying(UnreachableException.class, e -> {
            assertThat(e.getMessage()).contains("made out to another name");
            Messages.assertPlain("hostname mismatch", e.getMessage());
        });
    }

    // ---- proxies ----

    @Test
    void httpsProxyFromTheEnvironmentCarriesTheRequest() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());
        try (ConnectProxy proxy = new ConnectProxy(server.getPort())) {
            for (String name : List.of("HTTPS_PROXY", "https_proxy")) {
                Map<String, String> env = Map.of(name, "http://127.0.0.1:" + proxy.port());
                server.enqueue(new MockResponse.Builder().code(200).build());
                HttpTransport t = transport(new ProxySettings(null, env::get), TrustStores.with(rootPem.toString()));
                // A name nobody resolves: only the proxy can reach it.
                assertThat(get(t, "https://hub.example.test:" + server.getPort() + "/v2/")).isEqualTo(200);
            }
            assertThat(proxy.connects).containsExactly(
                    "CONNECT hub.example.test:" + server.getPort() + " HTTP/1.1",
                    "CONNECT hub.example.test:" + server.getPort() + " HTTP/1.1");
            RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(r.getUrl().host()).isEqualTo("hub.example.test");
            assertThat(r.getHandshakeServerNames()).containsExactly("hub.example.test");
        }
    }

    @Test
    void aProxyThatWantsAPasswordGetsTheOneInHttpsProxyDecodedAndOnlyThere() throws Exception {
        String wanted = okhttp3.Credentials.basic("scan@ner", "p@ss w0rd:x");
        server.enqueue(new MockResponse.Builder().code(200).build());
        try (ConnectProxy proxy = new ConnectProxy(server.getPort(), wanted)) {
            Map<String, String> env = Map.of("HTTPS_PROXY", "http://scan%40ner:p%40ss%20w0rd:x@127.0.0.1:" + proxy.port());
            ProxySettings settings = new ProxySettings(null, env::get);
            HttpTransport t = transport(settings, TrustStores.with(rootPem.toString()));
            assertThat(get(t, "https://hub.example.test:" + server.getPort() + "/v2/")).isEqualTo(200);
            assertThat(proxy.authorizations).containsExactly(wanted); // sent with the first CONNECT
            RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(r.getHeaders().get("Proxy-Authorization")).as("never to Docker Hub itself").isNull();
            assertThat(settings.authorizationFor(new Proxy(Proxy.Type.HTTP,
                    java.net.InetSocketAddress.createUnresolved("other.proxy", 3128)))).isEmpty();
            assertThat(settings.toString() + new NetworkSettings(settings, TrustStores.with(rootPem.toString())))
                    .doesNotContain("w0rd", wanted.substring(6));
        }
    }

    @Test
    void aProxyThatRefusesSaysSoInWordsOnceAndWithoutThePassword() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(server.getPort(), okhttp3.Credentials.basic("scanner", "right"))) {
            Map<String, String> wrong = Map.of("HTTPS_PROXY", "http://scanner:wrong-s3cret@127.0.0.1:" + proxy.port());
            HttpTransport t = transport(new ProxySettings(null, wrong::get), TrustStores.with(rootPem.toString()));
            assertThatThrownBy(() -> get(t, "https://hub.example.test:" + server.getPort() + "/v2/"))
                    .isInstanceOf(UnreachableException.class)
                    .hasMessageContaining("refused the user name and password in HTTPS_PROXY (HTTP 407)")
                    .hasMessageContaining("while reading the test page")
                    .hasMessageNotContaining("wrong-s3cret");
            assertThat(proxy.connects).as("refused once: not asked again, not retried").hasSize(1);

            Map<String, String> none = Map.of("HTTPS_PROXY", "http://127.0.0.1:" + proxy.port());
            HttpTransport bare = transport(new ProxySettings(null, none::get), TrustStores.with(rootPem.toString()));
            assertThatThrownBy(() -> get(bare, "https://hub.example.test:" + server.getPort() + "/v2/"))
                    .isInstanceOf(UnreachableException.class)
                    .hasMessageContaining("asks for a user name and password (HTTP 407)")
                    .hasMessageContaining("http://user:password@proxy:port");
            assertThat(proxy.connects).hasSize(2);
        }
    }

    @Test
    void javasProxySettingWinsOverTheEnvironment() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());
        String host = System.getProperty("https.proxyHost");
        String port = System.getProperty("https.proxyPort");
        try (ConnectProxy proxy = new ConnectProxy(server.getPort())) {
            System.setProperty("https.proxyHost", "127.0.0.1");
            System.setProperty("https.proxyPort", Integer.toString(proxy.port()));
            // The environment names a proxy that is not there: it must not be used.
            Map<String, String> env = Map.of("HTTPS_PROXY", "http://127.0.0.1:9");
            HttpTransport t = transport(new ProxySettings(ProxySelector.getDefault(), env::get),
                    TrustStores.with(rootPem.toString()));
            assertThat(get(t, "https://hub.example.test:" + server.getPort() + "/v2/")).isEqualTo(200);
            assertThat(proxy.connects).hasSize(1);
        } finally {
            restore("https.proxyHost", host);
            restore("https.proxyPort", port);
        }
    }

    @Test
    void noProxyAndLoopbackGoDirect() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "proxy.corp:3128",
                "NO_PROXY", "internal.corp, .example.org,registry.local:5000,*.svc");
        ProxySettings p = new ProxySettings(null, env::get);
        Proxy corp = new Proxy(Proxy.Type.HTTP, java.net.InetSocketAddress.createUnresolved("proxy.corp", 3128));
        assertThat(p.select(URI.create("https://hub.docker.com/v2/"))).containsExactly(corp);
        assertThat(p.select(URI.create("https://internal.corp/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(p.select(URI.create("https://a.internal.corp/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(p.select(URI.create("https://notinternal.corp/"))).containsExactly(corp);
        assertThat(p.select(URI.create("https://example.org/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(p.select(URI.create("https://x.example.org/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(p.select(URI.create("https://registry.local:5000/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(p.select(URI.create("https://registry.local:443/"))).containsExactly(corp);
        assertThat(p.select(URI.create("https://a.svc/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(p.select(URI.create("https://127.0.0.1:8443/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(p.select(URI.create("http://127.0.0.1:8080/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(p.select(URI.create("https://localhost/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(new ProxySettings(null, Map.of("HTTPS_PROXY", "x", "NO_PROXY", "*")::get)
                .select(URI.create("https://hub.docker.com/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(new ProxySettings(null, Map.of("HTTPS_PROXY", "socks5://p:1080")::get)
                .select(URI.create("https://hub.docker.com/"))).as("unsupported scheme: ignored")
                .containsExactly(Proxy.NO_PROXY);
        assertThat(new ProxySettings(null, Map.of("https_proxy", "http://lower:1", "HTTPS_PROXY", "http://upper:2")::get)
                .select(URI.create("https://hub.docker.com/")).getFirst().address().toString()).contains("lower");
        assertThat(new ProxySettings(null, Map.of("no_proxy", "hub.docker.com", "HTTPS_PROXY", "http://p:1")::get)
                .select(URI.create("https://HUB.docker.com/"))).containsExactly(Proxy.NO_PROXY);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
