package dev.hubonboard.registry;

import okhttp3.Headers;

import java.util.Optional;

/**
 * Docker Hub's pull limit as the registry reports it on a manifest request: {@code ratelimit-limit: 200;w=21600}
 * and {@code ratelimit-remaining: 187;w=21600}. No headers means no limit applies to this account.
 */
public record RateLimit(int limit, int remaining, long windowSeconds, String source) {

    public static Optional<RateLimit> from(Headers headers) {
        Optional<long[]> limit = parse(headers.get("ratelimit-limit"));
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        long[] remaining = parse(headers.get("ratelimit-remaining")).orElse(new long[] {-1, limit.get()[1]});
        String source = headers.get("docker-ratelimit-source");
        return Optional.of(new RateLimit((int) limit.get()[0], (int) remaining[0], limit.get()[1],
                source == null ? "" : source));
    }

    /**
     * True when fewer pulls are left than {@code needed} (a first scan pulls each private repository at least once):
     * with 0 left the next pull answers 429 TOOMANYREQUESTS until the rolling window frees some, although the manifest
     * HEAD that read these numbers still succeeds (it does not count). False when the remaining count is unknown.
     */
    public boolean tooFewFor(int needed) {
        return remaining >= 0 && (remaining == 0 || remaining < needed);
    }

        /** "200;w=21600" → {200, 21600}; the window defaults to 0 (unknown) when absent. */
    static Optional<long[]> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(";");
        if (parts.length == 0) {
            return Optional.empty(); // ";" or ";;": nothing before the first separator
        }
        try {
            long count = Long.parseLong(parts[0].strip());
            long window = 0;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("w=")) {
                    window = Long.parseLong(p.substring(2).strip());
                }
            }
            if (count < 0 || count > Integer.MAX_VALUE || window < 0) {
                return Optional.empty();
            }
            return Optional.of(new long[] {count, window});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
