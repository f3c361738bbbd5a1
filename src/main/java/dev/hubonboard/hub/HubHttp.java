package dev.hubonboard.hub;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.hubonboard.hub.HubErrors.CallKind;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.net.UnreachableException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

import java.io.IOException;
import java.util.Objects;

/** Shared plumbing of the API areas: URLs under the base, JSON in and out, errors mapped to typed exceptions. */
final class HubHttp {
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    /** A page of 100 repositories is ~100 KB; anything near this is not Docker Hub talking. */
    private static final long MAX_BODY = 8L * 1024 * 1024;

    private final HttpTransport transport;
    private final HttpUrl base;

    HubHttp(HttpTransport transport, HttpUrl base) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.base = Objects.requireNonNull(base, "base").newBuilder().query(null).fragment(null).build();
    }

    HttpUrl base() {
        return base;
    }

    HttpTransport transport() {
        return transport;
    }

    /** Base URL plus encoded path segments: a name with '/' or '?' stays one segment. */
    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b;
    }

    /** The bearer token only ever goes back to the host it came from. */
    boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(base.scheme()) && url.host().equalsIgnoreCase(base.host())
                && url.port() == base.port();
    }

    static Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", "application/json");
    }

    static Request.Builder authorized(HttpUrl url, AccessToken auth) {
        Objects.requireNonNull(auth, "auth");
        return request(url).header("Authorization", "Bearer " + auth.value());
    }

    static RequestBody json(Object value) {
        try {
            return RequestBody.create(Json.MAPPER.writeValueAsBytes(value), JSON_TYPE);
        } catch (JacksonException e) {
            // Only maps and lists of strings are written here; failing means a programming error.
            throw new IllegalStateException("could not write request JSON", e);
        }
    }

    /**
     * Sends and returns the parsed JSON of a 2xx answer ({@link MissingNode} when it has no body), or throws the
     * typed error for anything else.
     */
    JsonNode send(Request request, boolean idempotent, String what, CallKind kind, Secrets secrets)
            throws ServiceException {
        try (Response response = transport.execute(request, idempotent, what)) {
            if (!response.isSuccessful()) {
                throw HubErrors.from(response, kind, what, secrets);
            }
            byte[] bytes = readBounded(response, what);
            if (blank(bytes)) {
                return MissingNode.getInstance();
            }
            try {
                JsonNode node = Json.MAPPER.readTree(bytes);
                return node == null ? MissingNode.getInstance() : node;
            } catch (JacksonException e) {
                // Jackson's message quotes the body, which may hold a token: name only the position.
                var at = e.getLocation();
                throw HubErrors.malformed(what, response.code(), at == null ? "not valid JSON"
                        : "not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr());
            } catch (IOException e) {
                throw HubErrors.malformed(what, response.code(), "not readable as JSON");
            }
        }
    }

    /** Empty or only JSON whitespace; looks at the first bytes only, without decoding a 100 KB page to a String. */
    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Reads one field of a JSON object into a type, naming the problem (never the content) when it fails. */
    static <T> T convert(JsonNode node, Class<T> type, String what, int status) throws UnexpectedResponseException {
        if (node == null || !node.isObject()) {
            throw HubErrors.malformed(what, status, "expected a JSON object, got " + shape(node));
        }
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw HubErrors.malformed(what, status, "unexpected " + type.getSimpleName() + " fields");
        }
    }

    static String shape(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "an empty body";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static byte[] readBounded(Response response, String what) throws ServiceException {
        try {
            BufferedSource source = response.body().source();
            if (source.request(MAX_BODY + 1)) {
                throw HubErrors.malformed(what, response.code(), "the answer is larger than 8 MB");
            }
            return source.getBuffer().readByteArray();
        } catch (IOException e) {
            throw new UnreachableException("The connection to " + response.request().url().host()
                    + " broke while reading the answer while " + what + ". Try again.", response.code(), e);
        }
    }
}
