package dev.hubonboard.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The registry (registry-1.docker.io): the {@code /v2/} challenge and manifests. A HEAD proves pull without
 * counting against the pull limit; a GET counts.
 */
final class Registry implements Endpoint.Routes {

    private static final String MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";
    private static final int PULL_LIMIT = 200;

    private final HubState state;
    private final Jwt jwt;
    private final Supplier<URI> authUrl;
    private final boolean rateLimitHeaders;
    private final AtomicInteger remaining;

    Registry(HubState state, Jwt jwt, Supplier<URI> authUrl, boolean rateLimitHeaders, int rateLimitRemaining) {
        this.state = state;
        this.jwt = jwt;
        this.authUrl = authUrl;
        this.rateLimitHeaders = rateLimitHeaders;
        this.remaining = new AtomicInteger(rateLimitRemaining);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Docker-Distribution-API-Version", "registry/2.0");
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.equals("/v2/") || path.equals("/v2")) {
            if (claims(ex).isEmpty()) {
                throw challenge("");
            }
            Http.json(ex, 200, Map.of());
            return;
        }
        if (path.startsWith("/v2/") && path.endsWith("/tags/list") && method.equals("GET")) {
            tagList(ex, path.substring(4, path.length() - "/tags/list".length()));
            return;
        }
        int at = path.lastIndexOf("/manifests/");
        if (!path.startsWith("/v2/") || at <= 4 || !(method.equals("HEAD") || method.equals("GET"))) {
            throw new Http.HttpError(404, Http.registryError("UNSUPPORTED", "not supported by the practice registry"));
        }
        manifest(ex, path.substring(4, at), path.substring(at + "/manifests/".length()), method.equals("GET"));
    }

    private void manifest(HttpExchange ex, String name, String reference, boolean counts) throws IOException {
        Map<String, Object> claims = claims(ex).orElseThrow(() -> challenge(name));
        int slash = name.indexOf('/');
        Optional<HubState.Repository> repository = slash > 0 && name.substring(0, slash).equals(state.org)
                ? state.repository(name.substring(slash + 1)) : Optional.empty();
        if (repository.isEmpty()) {
            throw new Http.HttpError(404, Http.registryError("NAME_UNKNOWN", "repository name not known to registry"));
        }
        if (!grantsPull(claims, name)) {
            throw challenge(name);
        }
        String digest = repository.get().tags().contains(reference) ? digest(name, reference)
                : reference.startsWith("sha256:") && repository.get().tags().stream()
                        .anyMatch(t -> digest(name, t).equals(reference)) ? reference : null;
        if (digest == null) {
            throw new Http.HttpError(404, Http.registryError("MANIFEST_UNKNOWN", "manifest unknown"));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Docker-Content-Digest", digest);
        if (rateLimitHeaders) {
            int left = counts ? remaining.getAndUpdate(n -> Math.max(0, n - 1)) : remaining.get();
            if (counts && left == 0) {
                throw new Http.HttpError(429, Http.registryError("TOOMANYREQUESTS",
                        "You have reached your pull rate limit."), rateHeaders(0, ex));
            }
            headers.putAll(rateHeaders(counts ? left - 1 : left, ex));
        }
        ex.getResponseHeaders().set("Content-Type", MANIFEST_TYPE);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", MANIFEST_TYPE);
        manifest.put("config", Map.of("mediaType", "application/vnd.oci.image.config.v1+json",
                "digest", digest(name, reference + "#config"), "size", 1469));
        manifest.put("layers", List.of(Map.of("mediaType", "application/vnd.oci.image.layer.v1.tar+gzip",
                "digest", digest(name, reference + "#layer"), "size", 15_728_640)));
        byte[] bytes = Http.MAPPER.writeValueAsBytes(manifest);
        headers.forEach(ex.getResponseHeaders()::set);
        if (!counts) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * {@code GET /v2/NAME/tags/list?n=N} (distribution spec, "Listing Tags"): lexical order, at most {@code n}, with a
     * {@code Link} to the rest; needs a token that grants pull, like a manifest.
     */
    private void tagList(HttpExchange ex, String name) throws IOException {
        Map<String, Object> claims = claims(ex).orElseThrow(() -> challenge(name));
        int slash = name.indexOf('/');
        Optional<HubState.Repository> repository = slash > 0 && name.substring(0, slash).equals(state.org)
                ? state.repository(name.substring(slash + 1)) : Optional.empty();
        if (repository.isEmpty()) {
            throw new Http.HttpError(404, Http.registryError("NAME_UNKNOWN", "repository name not known to registry"));
        }
        if (!grantsPull(claims, name)) {
            throw challenge(name);
        }
        List<String> tags = repository.get().tags().stream().sorted().toList();
        int n = Http.intParam(Http.query(ex), "n", tags.size());
        List<String> page = tags.subList(0, Math.max(0, Math.min(n, tags.size())));
        Map<String, String> headers = new LinkedHashMap<>();
        if (page.size() < tags.size() && !page.isEmpty()) {
            headers.put("Link", "</v2/" + name + "/tags/list?n=" + n + "&last=" + page.getLast() + ">; rel=\"next\"");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("tags", page.isEmpty() ? null : page);
        Http.json(ex, 200, body, headers);
    }

    private static Map<String, String> rateHeaders(int left, HttpExchange ex) {
        return Map.of("ratelimit-limit", PULL_LIMIT + ";w=21600",
                "ratelimit-remaining", left + ";w=21600",
                "docker-ratelimit-source", ex.getRemoteAddress().getAddress().getHostAddress());
    }

    private Optional<Map<String, Object>> claims(HttpExchange ex) {
        return Http.bearer(ex).flatMap(token -> jwt.verify(token, TokenService.SERVICE));
    }

    private static boolean grantsPull(Map<String, Object> claims, String name) {
        if (!(claims.get("access") instanceof List<?> access)) {
            return false;
        }
        return access.stream().anyMatch(a -> a instanceof Map<?, ?> entry
                && "repository".equals(entry.get("type")) && name.equals(entry.get("name"))
                && entry.get("actions") instanceof List<?> actions && actions.contains("pull"));
    }

    /** 401 with the challenge that tells clients where the token service is. */
    private Http.HttpError challenge(String name) {
        String value = "Bearer realm=\"" + authUrl.get() + "\",service=\"" + TokenService.SERVICE + "\""
                + (name.isEmpty() ? "" : ",scope=\"repository:" + name + ":pull\"");
        return new Http.HttpError(401, Http.registryError("UNAUTHORIZED", "authentication required"),
                Map.of("WWW-Authenticate", value));
    }

    /** A stable fake digest for a repository's tag. */
    static String digest(String name, String tag) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((name + ":" + tag).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
