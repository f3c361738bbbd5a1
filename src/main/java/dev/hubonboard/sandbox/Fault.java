package dev.hubonboard.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One misbehaviour the practice Hub can play instead of (or, for latency, before) a normal answer.
 * Bodies follow the server they come from: Hub {@code detail}/{@code message}, token service {@code details},
 * registry {@code errors}.
 */
public final class Fault {

    /** What the fault does. */
    public enum Kind {
        STATUS_429_RETRY_AFTER, STATUS_429_X_RETRY_AFTER, STATUS_429_PLAIN, STATUS, STATUS_502_HTML, LATENCY,
        DROP_CONNECTION, MALFORMED_JSON, UNEXPECTED_SHAPE, UNAUTHORIZED, FORBIDDEN_PERSONAL_TOKEN, NOT_FOUND
    }

    private final Kind kind;
    private final long value;
    private final Duration delay;

    private Fault(Kind kind, long value, Duration delay) {
        this.kind = kind;
        this.value = value;
        this.delay = delay;
    }

    /** 429 with {@code Retry-After: seconds} (current Hub responses). */
    public static Fault status429RetryAfter(long seconds) {
        return new Fault(Kind.STATUS_429_RETRY_AFTER, seconds, null);
    }

    /** 429 with {@code X-Retry-After: unixTime} (older Hub responses). */
    public static Fault status429XRetryAfter(long unixTime) {
        return new Fault(Kind.STATUS_429_X_RETRY_AFTER, unixTime, null);
    }

    /** The abuse limit: a plain-text 429 without any rate-limit header. */
    public static Fault status429Plain() {
        return new Fault(Kind.STATUS_429_PLAIN, 0, null);
    }

    /** Any status with a JSON error body, e.g. 500 or 503. */
    public static Fault status(int code) {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + code);
        }
        return new Fault(Kind.STATUS, code, null);
    }

    /** 502 with an HTML page, as a proxy in front of the Hub sends it. */
    public static Fault status502Html() {
        return new Fault(Kind.STATUS_502_HTML, 502, null);
    }

    /** Waits, then answers normally. */
    public static Fault latency(Duration delay) {
        return new Fault(Kind.LATENCY, 0, Objects.requireNonNull(delay));
    }

    /**
     * Closes the connection without any response: the client sees an I/O error (end of stream before a status
     * line). Each play drops one request as the server sees it. Note that some clients silently retry a GET or HEAD
     * once on such a drop (java.net.http always; OkHttp unless {@code retryOnConnectionFailure(false)}, which the
     * app's transport sets): for those, queue the fault twice to surface one error.
     */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, 0, null);
    }

    /** 200 with a JSON content type and a truncated JSON body. */
    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, 200, null);
    }

    /** 200 with valid JSON of the wrong shape (an array where every route answers an object). */
    public static Fault unexpectedShape() {
        return new Fault(Kind.UNEXPECTED_SHAPE, 200, null);
    }

    public static Fault unauthorized() {
        return new Fault(Kind.UNAUTHORIZED, 401, null);
    }

    /** 403 as the Hub answers management routes called with a JWT from a personal access token. */
    public static Fault forbiddenPersonalToken() {
        return new Fault(Kind.FORBIDDEN_PERSONAL_TOKEN, 403, null);
    }

    public static Fault notFound() {
        return new Fault(Kind.NOT_FOUND, 404, null);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Plays the fault. Returns {@code true} when the exchange was answered (or dropped), {@code false} when the
     * normal route should still run (latency).
     */
    boolean apply(HttpExchange exchange, Target target) throws IOException {
        switch (kind) {
            case LATENCY -> {
                Faults.sleep(delay);
                return false;
            }
            case DROP_CONNECTION -> {
                // Closing before any response header was sent makes the JDK server close the socket.
                exchange.close();
                return true;
            }
            case STATUS_429_RETRY_AFTER -> Http.json(exchange, 429, Http.errorFor(target, 429, "Too Many Requests"),
                    Map.of("Retry-After", Long.toString(value)));
            case STATUS_429_X_RETRY_AFTER -> Http.json(exchange, 429, Http.errorFor(target, 429, "Too Many Requests"),
                    Map.of("X-Retry-After", Long.toString(value)));
            case STATUS_429_PLAIN -> Http.text(exchange, 429, "text/plain; charset=utf-8", "Too Many Requests\n",
                    Map.of());
            case STATUS -> Http.json(exchange, (int) value,
                    Http.errorFor(target, (int) value, "practice Hub fault: HTTP " + value), Map.of());
            case STATUS_502_HTML -> Http.text(exchange, 502, "text/html; charset=utf-8",
                    "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n",
                    Map.of());
            case MALFORMED_JSON -> Http.text(exchange, 200, "application/json",
                    "{\"count\": 3, \"next\": null, \"results\": [{\"name\": \"web\", ", Map.of());
            case UNEXPECTED_SHAPE -> Http.json(exchange, 200, List.of(Map.of("unexpected", "shape")));
            case UNAUTHORIZED -> Http.json(exchange, 401, target == Target.HUB
                    ? Http.hubError("Authentication credentials were not provided.")
                    : Http.errorFor(target, 401, "authentication required"));
            case FORBIDDEN_PERSONAL_TOKEN -> Http.json(exchange, 403,
                    Http.hubError(HubApi.FORBIDDEN_WITH_PAT));
            case NOT_FOUND -> Http.json(exchange, 404, Http.errorFor(target, 404, "Not Found"));
        }
        return true;
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (delay != null ? " " + delay : value != 0 ? " " + value : "") + "]";
    }
}
