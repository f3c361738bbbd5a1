package dev.hubonboard.registry;

import java.util.Optional;

/** The outcome of a manifest HEAD: a HEAD proves pull end to end and, unlike GET, does not count as a pull. */
public record ManifestCheck(int status, String errorCode, Optional<RateLimit> rateLimit) {
    public boolean ok() {
        return status == 200;
    }
}
