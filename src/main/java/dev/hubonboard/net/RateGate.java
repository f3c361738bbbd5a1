package dev.hubonboard.net;

import okhttp3.Headers;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When the next request to one server may leave, shared by every thread of one {@link HttpTransport}, so requests
 * in flight side by side obey one server's limits together:
 * <ul>
 *   <li>A 429's wait ({@code Retry-After} / {@code X-Retry-After}) blocks every request to that server until then,
 *       not only the one that was refused.</li>
 *   <li>{@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (the unix time the budget renews; Docker's Hub
 *       API spec, "Rate Limiting", {@code hub-api/latest.yaml}) slow requests down before the budget runs out:
 *       with fewer than {@link #LOW_WATER} left, the rest are spread evenly until the reset, and none is sent that
 *       the budget (minus the requests still in flight) no longer covers; those wait for the reset.</li>
 * </ul>
 * Waiting itself is the caller's (the transport sleeps, interruptibly). Times are instants of the transport's clock;
 * {@code waited} lets a caller whose clock does not move (tests) count a wait it has slept through as done.
 */
final class RateGate {
    /** Below this many requests left in the window, spread the rest until the reset instead of sending at once. */
    static final int LOW_WATER = 10;
    /** A reset further away than this is not believed (the Hub API's window is a minute). */
    private static final Duration MAX_RESET = Duration.ofHours(1);

    /** One wait before sending: until when, why (for the user), and whether this thread is the one to say so. */
    record Wait(Instant until, String reason, boolean announce) {
    }

    private static final class Server {
        Instant blockedUntil = Instant.MIN;
        long remaining = -1; // unknown
        Instant reset = Instant.MIN;
        int inFlight;
        Instant nextPaced = Instant.MIN;
        Instant announced = Instant.MIN;
    }

    private final Map<String, Server> servers = new HashMap<>();

    /**
     * Null when a request to {@code server} may leave now (it then counts as in flight until {@link #release}),
     * else the wait before asking again.
     *
     * @param waited the instant this caller has already waited until (at least "now" for the rules below)
     */
    synchronized Wait acquire(String server, Instant now, Instant waited) {
        Server s = servers.computeIfAbsent(server, k -> new Server());
        Instant at = waited.isAfter(now) ? waited : now;
        if (s.blockedUntil.isAfter(at)) {
            return wait(s, s.blockedUntil, "rate-limited (HTTP 429)");
        }
        if (s.remaining >= 0 && !s.reset.isAfter(at)) {
            s.remaining = -1; // the window has renewed; the next answer tells the new budget
        }
        if (s.remaining >= 0) {
            long left = s.remaining - s.inFlight;
            if (left <= 0) {
                return wait(s, s.reset, "the rate limit's budget is used up until it renews");
            }
            if (left < LOW_WATER) {
                if (s.nextPaced.isAfter(at)) {
                    return wait(s, s.nextPaced, "slowing down: " + left + " requests left in the rate limit");
                }
                s.nextPaced = at.plus(Duration.between(at, s.reset).dividedBy(left));
            }
        }
        s.inFlight++;
        return null;
    }

    private static Wait wait(Server s, Instant until, String reason) {
        // Only the first thread to wait for an instant tells the user; the others wait silently alongside.
        boolean announce = until.isAfter(s.announced);
        if (announce) {
            s.announced = until;
        }
        return new Wait(until, reason, announce);
    }

    /** The request has its answer (headers may be null after an I/O error); reads the budget it reports. */
    synchronized void release(String server, Headers headers, Instant now) {
        Server s = servers.computeIfAbsent(server, k -> new Server());
        s.inFlight = Math.max(0, s.inFlight - 1);
        if (headers == null) {
            return;
        }
        Long remaining = number(headers.get("X-RateLimit-Remaining"));
        Long reset = number(headers.get("X-RateLimit-Reset"));
        if (remaining == null || reset == null || remaining < 0) {
            return;
        }
        Instant until = Instant.ofEpochSecond(Math.min(reset, now.plus(MAX_RESET).getEpochSecond()));
        if (!until.isAfter(now)) {
            return; // a window already over says nothing about the next one
        }
        if (until.isAfter(s.reset)) {
            s.reset = until;
            s.remaining = remaining;
        } else if (until.equals(s.reset)) {
            // Answers arrive out of order: the lowest count of one window is the newest.
            s.remaining = s.remaining < 0 ? remaining : Math.min(s.remaining, remaining);
        }
    }

    /** A 429 asked to wait until {@code until}: nothing more leaves for that server before it. */
    synchronized void block(String server, Instant until) {
        Server s = servers.computeIfAbsent(server, k -> new Server());
        if (until.isAfter(s.blockedUntil)) {
            s.blockedUntil = until;
        }
        if (until.isAfter(s.announced)) {
            s.announced = until; // the refused request says it; the others need not repeat it
        }
    }

    private static Long number(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }
}
