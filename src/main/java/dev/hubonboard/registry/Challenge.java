package dev.hubonboard.registry;

import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.registry.UntrustedRealmException.Reason;
import okhttp3.HttpUrl;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's {@code WWW-Authenticate: Bearer realm="…",service="…"} challenge, which names the token service.
 * Docker's own clients discover the token service this way instead of hard-coding it, and so do we.
 */
public record Challenge(String realm, String service) {
    /** Docker Hub's registry and the one token service it may name (hub-facts, "Registry side"). */
    static final HttpUrl DOCKER_REGISTRY = HttpUrl.get(RegistryClient.DEFAULT_URL);
    static final HttpUrl DOCKER_TOKEN_SERVICE = HttpUrl.get("https://auth.docker.io/token");

    /**
     * The realm as a URL, once it is known to belong to {@code registry}; the Docker ID and token go there, so a
     * challenge (or something in between that rewrites it) must not be able to send them anywhere else:
     * <ul>
     *   <li>Docker Hub's registry: {@code https://auth.docker.io} only;</li>
     *   <li>a registry on this machine (the practice Hub, tests): a token service on this machine;</li>
     *   <li>any other registry: https, on the registry's own host or its registrable domain
     *       ({@code auth.example.com} for {@code registry.example.com}, by the public suffix list), never this
     *       machine.</li>
     * </ul>
     *
     * @param status the status of the answer that carried the challenge, for the error
     */
    public HttpUrl tokenServiceFor(HttpUrl registry, int status) throws UntrustedRealmException {
        HttpUrl url = HttpUrl.parse(realm);
        if (url == null) {
            throw new UntrustedRealmException(Reason.NOT_A_URL, "The registry at " + registry.host()
                    + " named a token service that is not a URL; the Docker ID and token were not sent there.", status);
        }
        String named = "The registry at " + registry.host() + " named " + url.scheme() + "://" + url.host()
                + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port()) + " as its token service";
        String notSent = "; the Docker ID and token were not sent there. Check --registry-url, or whether a proxy in "
                + "between rewrites answers.";
        boolean registryLocal = BaseUrl.isLoopback(registry.host());
        boolean realmLocal = BaseUrl.isLoopback(url.host());
        if (registry.scheme().equals(DOCKER_REGISTRY.scheme()) && registry.host().equals(DOCKER_REGISTRY.host())
                && registry.port() == DOCKER_REGISTRY.port()) {
            if (!url.isHttps() || !url.host().equals(DOCKER_TOKEN_SERVICE.host())
                    || url.port() != DOCKER_TOKEN_SERVICE.port()) {
                throw new UntrustedRealmException(Reason.NOT_DOCKERS, named + ", not Docker's own ("
                        + DOCKER_TOKEN_SERVICE.scheme() + "://" + DOCKER_TOKEN_SERVICE.host() + ")" + notSent, status);
            }
            return url;
        }
        if (registryLocal) {
            if (realmLocal) {
                return url; // the practice Hub and tests: plain http on this machine is allowed
            }
        } else if (realmLocal) {
            throw new UntrustedRealmException(Reason.LOOPBACK_FROM_REMOTE, named + ", which is this computer, not "
                    + "the registry's" + notSent, status);
        }
        if (!url.isHttps()) {
            throw new UntrustedRealmException(Reason.NOT_HTTPS, named + ", without https" + notSent, status);
        }
        String domain = registry.topPrivateDomain();
        boolean sameHost = url.host().equals(registry.host());
        boolean sameDomain = domain != null && domain.equals(url.topPrivateDomain());
        if (!sameHost && !sameDomain) {
            throw new UntrustedRealmException(Reason.OTHER_DOMAIN, named + ", which is neither " + registry.host()
                    + " nor in its domain" + (domain == null ? "" : " (" + domain + ")") + notSent, status);
        }
        return url;
    }

    /** Parses a Bearer challenge; empty when the header is missing, not Bearer, or has no realm. */
    public static Optional<Challenge> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        int space = h.indexOf(' ');
        if (space < 0 || !h.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            return Optional.empty();
        }
        Map<String, String> params = params(h.substring(space + 1));
        String realm = params.get("realm");
        if (realm == null || realm.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Challenge(realm, params.getOrDefault("service", "")));
    }

    /** auth-param list: key=value or key="quoted, with \"escapes\"", separated by commas. */
    private static Map<String, String> params(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = s.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(s.charAt(i++));
                }
                i++; // closing quote
            } else {
                while (i < n && s.charAt(i) != ',') {
                    value.append(s.charAt(i++));
                }
            }
            out.putIfAbsent(key, value.toString().strip());
        }
        return out;
    }
}
