package dev.hubonboard.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.net.Bodies;
import dev.hubonboard.net.Concurrency;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.ParallelRequests;
import dev.hubonboard.net.Redact;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.net.UnreachableException;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry side of the connection test: the token service's grants and a manifest HEAD. Nothing here
 * writes to the registry; push is only ever asked for as a scope, never attempted.
 */
public final class RegistryClient {
    public static final String DEFAULT_URL = "https://registry-1.docker.io";
    /** Keeps each token request's URL well under the 8 KiB that servers commonly accept. */
    static final int MAX_QUERY_CHARS = 6_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_TOKEN_ANSWER = 1024 * 1024;
    /** The longest part of the token service's words a message quotes (after masking). */
    private static final int MAX_DETAIL = 200;

    private final HttpTransport transport;
    private final HttpUrl registryUrl;
    private final Concurrency concurrency;

    public RegistryClient(HttpTransport transport, HttpUrl registryUrl) {
        this(transport, registryUrl, Concurrency.SEQUENTIAL);
    }

    /** @param concurrency how many grant batches may be asked for at once ({@link Concurrency#SEQUENTIAL}: in turn) */
    public RegistryClient(HttpTransport transport, HttpUrl registryUrl, Concurrency concurrency) {
        this.transport = transport;
        this.registryUrl = registryUrl;
        this.concurrency = java.util.Objects.requireNonNull(concurrency, "concurrency");
    }

    /** {@code GET /v2/} answers 401 with the challenge that names the token service. */
    public Challenge discover() throws ServiceException {
        HttpUrl url = registryUrl.newBuilder().addPathSegments("v2/").build();
        try (Response r = transport.execute(new Request.Builder().url(url).get().build(), true,
                "asking the registry for its token service")) {
            Challenge c = Challenge.parse(r.header("WWW-Authenticate")).orElseThrow(() -> new UnreachableException(
                    "The registry at " + registryUrl.host() + " answered HTTP " + r.code()
                            + " without naming its token service (no Bearer challenge).", r.code(), null));
            c.tokenServiceFor(registryUrl, r.code()); // the token goes only to a token service tied to the registry
            return c;
        }
    }

    /**
     * Asks for {@code actions} on each repository, packing as many {@code scope} parameters into one request as
     * fit; the batches go out up to the client's {@link Concurrency} at once. Returns every grant merged, in the
     * order of {@code repositories}; a repository missing from the map was not granted. Interrupting the thread
     * cancels the requests in flight.
     */
    public Map<String, Set<String>> grants(Challenge challenge, String username, String token,
                                           List<String> repositories, String actions) throws ServiceException {
        List<ParallelRequests.Task<Grants>> tasks = new ArrayList<>();
        for (List<String> batch : batches(repositories, actions)) {
            tasks.add(() -> requestToken(challenge, username, token, batch));
        }
        Map<String, Set<String>> all = new LinkedHashMap<>();
        for (Grants g : ParallelRequests.run(transport, concurrency, tasks, "asking the token service for access")) {
            all.putAll(g.access());
        }
        return all;
    }

    /** The scopes, in order, cut into requests whose query stays under {@link #MAX_QUERY_CHARS}. */
    static List<List<String>> batches(List<String> repositories, String actions) {
        List<List<String>> out = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        int chars = 0;
        for (String repo : repositories) {
            String scope = "repository:" + repo + ":" + actions;
            int cost = encodedLength(scope) + 7; // "&scope="
            if (!batch.isEmpty() && chars + cost > MAX_QUERY_CHARS) {
                out.add(List.copyOf(batch));
                batch.clear();
                chars = 0;
            }
            batch.add(scope);
            chars += cost;
        }
        if (!batch.isEmpty()) {
            out.add(List.copyOf(batch));
        }
        return out;
    }

    /** An upper bound of the percent-encoded length: anything but unreserved characters may take three. */
    private static int encodedLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0 ? 1 : 3;
        }
        return n;
    }

    /** Asks for push on one repository and reports what that proves. */
    public PushProbe probePush(Challenge challenge, String username, String token, String repository)
            throws ServiceException {
        try {
            Grants g = requestToken(challenge, username, token, List.of("repository:" + repository + ":pull,push"));
            return g.allows(repository, "push") ? PushProbe.GRANTED : PushProbe.NOT_GRANTED;
        } catch (TokenServiceException e) {
            if (e.reason() == TokenServiceException.Reason.INSUFFICIENT_SCOPE) {
                return PushProbe.REFUSED_BY_SCOPE;
            }
            throw e;
        }
    }

    /** One token request with the given scopes, authenticated as the user. */
    public Grants requestToken(Challenge challenge, String username, String token, List<String> scopes)
            throws ServiceException {
        HttpUrl.Builder url = HttpUrl.parse(challenge.realm()).newBuilder();
        if (!challenge.service().isEmpty()) {
            url.addQueryParameter("service", challenge.service());
        }
        for (String s : scopes) {
            url.addQueryParameter("scope", s);
        }
        Request request = new Request.Builder().url(url.build())
                .header("Authorization", Credentials.basic(username, token, StandardCharsets.UTF_8))
                .get().build();
        try (Response r = transport.execute(request, true, "asking the token service for access")) {
            String body = boundedBody(r);
            if (r.code() == 200) {
                JsonNode json = JSON.readTree(body);
                String jwt = json.path("token").asText(json.path("access_token").asText(""));
                Map<String, Set<String>> access = AccessClaim.read(jwt).orElseThrow(() -> new UnreachableException(
                        "The token service answered without a readable token.", 200, null));
                return new Grants(access, new RegistryToken(jwt));
            }
            throw refusal(r.code(), body, username, token);
        } catch (IOException e) {
            throw new UnreachableException("The token service's answer could not be read.", 0, e);
        }
    }

    /**
     * The repositories anyone may pull: one token request for {@code pull} without credentials (Docker's token
     * service grants anonymous pull on public repositories only). A refusal or an unusable answer is "none": this
     * only ever adds a finding, never blocks.
     */
    public Set<String> anonymouslyPullable(Challenge challenge, List<String> repositories) {
        if (repositories.isEmpty()) {
            return Set.of();
        }
        HttpUrl.Builder url = HttpUrl.parse(challenge.realm()).newBuilder();
        if (!challenge.service().isEmpty()) {
            url.addQueryParameter("service", challenge.service());
        }
        repositories.forEach(r -> url.addQueryParameter("scope", "repository:" + r + ":pull"));
        Request request = new Request.Builder().url(url.build()).get().build();
        try (Response r = transport.execute(request, true, "asking the token service what anyone may pull")) {
            if (r.code() != 200) {
                return Set.of();
            }
            JsonNode json = JSON.readTree(boundedBody(r));
            Map<String, Set<String>> access = AccessClaim.read(json.path("token").asText(
                    json.path("access_token").asText(""))).orElse(Map.of());
            return repositories.stream().filter(name -> access.getOrDefault(name, Set.of()).contains("pull"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException | ServiceException | RuntimeException e) {
            return Set.of();
        }
    }

    /** A token answer is a few KB even for many scopes; anything near 1 MB is not the token service talking. */
    private static String boundedBody(Response r) throws IOException {
        okio.BufferedSource source = r.body().source();
        if (source.request(MAX_TOKEN_ANSWER + 1)) {
            throw new IOException("answer larger than 1 MB");
        }
        return source.getBuffer().readString(StandardCharsets.UTF_8);
    }

    /**
     * {@code GET /v2/NAME/tags/list?n=N} with the registry token (distribution spec "Listing Tags"): the tag for a
     * manifest HEAD, read from the registry rather than the Hub's tags route, which Docker Hub has refused to logins
     * made from personal access tokens (docker/hub-feedback#2171, #2253).
     */
    public TagListing tags(RegistryToken token, String repository, int n) throws ServiceException {
        HttpUrl url = registryUrl.newBuilder().addPathSegment("v2").addPathSegments(repository)
                .addPathSegment("tags").addPathSegment("list")
                .addQueryParameter("n", String.valueOf(Math.max(1, n))).build();
        Request request = new Request.Builder().url(url).get()
                .header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json").build();
        try (Response r = transport.execute(request, true, "listing the tags of " + repository + " in the registry")) {
            String body = boundedBody(r);
            if (r.code() != 200) {
                String code = "";
                try {
                    code = JSON.readTree(body).path("errors").path(0).path("code").asText("");
                } catch (IOException e) {
                    // not JSON: the status alone names the refusal
                }
                return new TagListing(r.code(), code.isEmpty() ? "HTTP_" + r.code() : code, List.of());
            }
            JsonNode root;
            try {
                root = JSON.readTree(body);
            } catch (IOException e) {
                return new TagListing(200, "MALFORMED", List.of());
            }
            // {"name": "...", "tags": [...]}, with "tags": null for a repository without tags
            if (root == null || !root.isObject() || !root.has("tags")) {
                return new TagListing(200, "MALFORMED", List.of());
            }
            JsonNode tags = root.path("tags");
            List<String> out = new ArrayList<>();
            for (JsonNode t : tags) { // "tags": null for a repository without tags
                if (t.isTextual() && !t.asText().isBlank()) {
                    out.add(t.asText());
                }
            }
            return new TagListing(200, "", out);
        } catch (IOException e) {
            throw new UnreachableException("The registry's tag list for " + repository + " could not be read.", 0, e);
        }
    }

    /** HEAD of a manifest with the registry token: proves pull without counting as one. */
    public ManifestCheck headManifest(RegistryToken token, String repository, String tag) throws ServiceException {
        HttpUrl url = registryUrl.newBuilder().addPathSegment("v2").addPathSegments(repository)
                .addPathSegment("manifests").addPathSegment(tag).build();
        Request request = new Request.Builder().url(url).head()
                .header("Authorization", "Bearer " + token.value())
                .header("Accept", String.join(", ",
                        "application/vnd.oci.image.index.v1+json",
                        "application/vnd.docker.distribution.manifest.list.v2+json",
                        "application/vnd.oci.image.manifest.v1+json",
                        "application/vnd.docker.distribution.manifest.v2+json"))
                .build();
        try (Response r = transport.execute(request, true, "checking a manifest in the registry")) {
            String code = r.code() == 200 ? "" : switch (r.code()) {
                case 401 -> "UNAUTHORIZED";
                case 403 -> "DENIED";
                case 404 -> "MANIFEST_UNKNOWN";
                default -> "HTTP_" + r.code();
            };
            return new ManifestCheck(r.code(), code, RateLimit.from(r.headers()));
        }
    }

    /**
     * The token service's words, with the credentials of this request masked: a service (or a proxy in front of it)
     * that echoes the request would otherwise put the token into the report, the console and saved progress.
     */
    private static TokenServiceException refusal(int status, String body, String username, String token) {
        String basic = Credentials.basic(username, token, StandardCharsets.UTF_8).substring("Basic ".length());
        String said = detail(body);
        // Masked first, then shortened: a cut first could leave half a credential that no mask recognises.
        String detail = Redact.forPeople(said, MAX_DETAIL, List.of(token, basic, username + ":" + token));
        String lower = said.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("insufficient scope")) {
            return new TokenServiceException(TokenServiceException.Reason.INSUFFICIENT_SCOPE,
                    "The token may not ask for that access (\"" + detail + "\").", status, detail);
        }
        if (lower.contains("expired")) {
            return new TokenServiceException(TokenServiceException.Reason.TOKEN_EXPIRED,
                    "The personal access token has expired (\"" + detail + "\"). Create a new Read-only token.",
                    status, detail);
        }
        if (status == 401) {
            return new TokenServiceException(TokenServiceException.Reason.BAD_CREDENTIALS,
                    "The token service refused the Docker ID and token (HTTP 401"
                            + (detail.isEmpty() ? "" : ": \"" + detail + "\"") + ").", status, detail);
        }
        return new TokenServiceException(TokenServiceException.Reason.OTHER,
                "The token service answered HTTP " + status + (detail.isEmpty() ? "" : ": \"" + detail + "\"") + ".",
                status, detail);
    }

    /** The token service says {@code details}; the registry and Hub say {@code detail} or {@code message}. Whole: never shown before {@link Redact#forPeople}. */
    static String detail(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            for (String field : List.of("details", "detail", "message")) {
                if (json.path(field).isTextual()) {
                    return json.path(field).asText();
                }
            }
            JsonNode first = json.path("errors").path(0).path("message");
            return first.isTextual() ? first.asText() : "";
        } catch (Exception e) {
            return "";
        }
    }
}
