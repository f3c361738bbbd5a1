package dev.hubonboard.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which proxy a request takes. Precedence, first match wins:
 * <ol>
 *   <li><b>Java's proxy settings</b>: whatever {@link ProxySelector#getDefault()} answers other than DIRECT, i.e.
 *       {@code -Dhttps.proxyHost}/{@code -Dhttps.proxyPort} (with {@code -Dhttp.nonProxyHosts}), or the operating
 *       system's proxy when started with {@code -Djava.net.useSystemProxies=true}. Someone who set these meant it.</li>
 *   <li><b>The environment</b>: {@code https_proxy} or {@code HTTPS_PROXY} (lower case first, as curl does) for https
 *       URLs, unless {@code no_proxy}/{@code NO_PROXY} names the host. Java ignores these variables; corporate
 *       machines and CI set them, so the app honours them where Java has nothing.</li>
 *   <li>Otherwise direct.</li>
 * </ol>
 * Loopback (the practice Hub, tests) never goes through an environment proxy. Plain-http URLs are loopback-only in
 * this app, so {@code HTTP_PROXY} is not consulted.
 */
public final class ProxySettings extends ProxySelector {
    private final ProxySelector system;
    private final Proxy environmentProxy;
    /** "Basic …" from the user:password in the environment's proxy URL, or null. A secret: never printed. */
    private final String environmentAuthorization;
    private final List<String> noProxy;

    /**
     * @param env the environment, e.g. {@code System::getenv}; a test passes a map's {@code get}
     * @throws InsecureProxyException when the environment's proxy URL is {@code https://} and carries a user name
     *                                and password (see {@link InsecureProxyException})
     */
    public ProxySettings(ProxySelector system, Function<String, String> env) {
        this.system = system;
        String variable = firstName(env, "https_proxy", "HTTPS_PROXY");
        String configured = variable == null ? null : env.apply(variable).strip();
        this.environmentProxy = parseProxy(configured);
        if (environmentProxy != null && configured.regionMatches(true, 0, "https://", 0, 8)
                && basicAuthorization(configured) != null) {
            throw new InsecureProxyException(variable, (InetSocketAddress) environmentProxy.address());
        }
        this.environmentAuthorization = environmentProxy == null ? null : basicAuthorization(configured);
        String no = first(env, "no_proxy", "NO_PROXY");
        List<String> entries = new ArrayList<>();
        if (no != null) {
            for (String e : no.split("[,\\s]+")) {
                if (!e.isBlank()) {
                    entries.add(e.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        this.noProxy = List.copyOf(entries);
    }

    public static ProxySettings fromSystem() {
        return new ProxySettings(ProxySelector.getDefault(), System::getenv);
    }

    /** The proxy taken from the environment, if any (for diagnostics: host and port only, never credentials). */
    public java.util.Optional<Proxy> environmentProxy() {
        return java.util.Optional.ofNullable(environmentProxy);
    }

    /**
     * The Proxy-Authorization header for {@code proxy} when it is the environment's proxy and its URL carries a user
     * name and password (curl's {@code http://user:password@proxy:3128}, percent-encoded). Basic only: a proxy that
     * wants Windows sign-in (NTLM, Kerberos) is not supported.
     */
    public java.util.Optional<String> authorizationFor(Proxy proxy) {
        return proxy != null && proxy.equals(environmentProxy)
                ? java.util.Optional.ofNullable(environmentAuthorization) : java.util.Optional.empty();
    }

    /** Whether the environment's proxy URL carries a user name and password (not what they are). */
    public boolean hasProxyCredentials() {
        return environmentAuthorization != null;
    }

    @Override
    public List<Proxy> select(URI uri) {
        Objects.requireNonNull(uri, "uri");
        if (system != null) {
            List<Proxy> chosen = system.select(uri);
            if (chosen != null && chosen.stream().anyMatch(p -> p.type() != Proxy.Type.DIRECT)) {
                return chosen;
            }
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (environmentProxy != null && "https".equalsIgnoreCase(uri.getScheme()) && !BaseUrl.isLoopback(host)
                && !excluded(host, uri.getPort())) {
            return List.of(environmentProxy);
        }
        return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        if (system != null) {
            system.connectFailed(uri, sa, ioe);
        }
    }

    /** curl's rules: "*" is everything; "example.com" and ".example.com" cover the domain and its subdomains. */
    boolean excluded(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        for (String entry : noProxy) {
            if (entry.equals("*")) {
                return true;
            }
            String name = entry;
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && entry.indexOf(':') == colon && entry.substring(colon + 1).matches("\\d+")) {
                if (port > 0 && Integer.parseInt(entry.substring(colon + 1)) != port) {
                    continue;
                }
                name = entry.substring(0, colon);
            }
            if (name.startsWith("[") && name.endsWith("]")) {
                name = name.substring(1, name.length() - 1);
            }
            String domain = name.startsWith("*.") ? name.substring(2) : name.startsWith(".") ? name.substring(1) : name;
            if (!domain.isEmpty() && (h.equals(domain) || h.endsWith("." + domain))) {
                return true;
            }
        }
        return false;
    }

    private static String first(Function<String, String> env, String... names) {
        String name = firstName(env, names);
        return name == null ? null : env.apply(name).strip();
    }

    /** The first of {@code names} that is set to something. */
    private static String firstName(Function<String, String> env, String... names) {
        for (String n : names) {
            String v = env.apply(n);
            if (v != null && !v.isBlank()) {
                return n;
            }
        }
        return null;
    }

    /**
     * {@code HTTPS_PROXY=https://user:password@proxy:port} asks for TLS to the proxy (as curl reads it). OkHttp, which
     * carries every request, cannot speak TLS to a proxy (square/okhttp#8373, open): it would send the CONNECT and
     * its Proxy-Authorization, the password in Basic, in clear. So the setting is refused before any request, in
     * words that name the variable and the fix. Without a user name and password nothing secret goes to the proxy,
     * and such a URL keeps working as before (many proxies written {@code https://} speak plain HTTP on that port).
     */
    public static final class InsecureProxyException extends IllegalArgumentException {
        private final String variable;

        InsecureProxyException(String variable, InetSocketAddress proxy) {
            super(variable + " names an https:// proxy with a user name and password (" + proxy.getHostString() + ":"
                    + proxy.getPort() + "), but Hub Onboard can reach a proxy only in plain HTTP, so the password "
                    + "would travel in clear. If the proxy speaks plain HTTP on that port, write " + variable
                    + "=http://USER:PASSWORD@" + proxy.getHostString() + ":" + proxy.getPort() + "; otherwise ask IT "
                    + "for a proxy port that needs no password over TLS, or to let hub.docker.com through.");
            this.variable = variable;
        }

        /** The environment variable that holds the setting ({@code https_proxy} or {@code HTTPS_PROXY}). */
        public String variable() {
            return variable;
        }
    }

    private static String basicAuthorization(String value) {
        try {
            String userInfo = URI.create(value.contains("://") ? value : "http://" + value).getUserInfo(); // decoded
            if (userInfo == null || userInfo.isEmpty()) {
                return null;
            }
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
            String password = colon < 0 ? "" : userInfo.substring(colon + 1);
            return okhttp3.Credentials.basic(user, password, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "http://proxy:3128", "proxy:3128" or "http://user:pw@proxy:3128/" → an HTTP proxy; anything else → none. */
    static Proxy parseProxy(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value.contains("://") ? value : "http://" + value);
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                return null;
            }
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), port));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
