package dev.hubonboard.check;

import dev.hubonboard.registry.RateLimit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The connection test's result. {@code ready} means no check failed; {@code unreachable} means the test could not
 * finish because of Docker Hub (no answer, or rate limits longer than the test may wait: then {@code rateLimited}
 * too), which scripts must tell apart from a real "not ready".
 */
public record Report(String org, String username, List<CheckResult> checks, RepositoryCounts repositories,
                     Optional<RateLimit> rateLimit, boolean unreachable, boolean rateLimited, Instant finishedAt) {

    public Report {
        checks = List.copyOf(checks);
        unreachable = unreachable || rateLimited;
    }

    /** A report that was not stopped by rate limits. */
    public Report(String org, String username, List<CheckResult> checks, RepositoryCounts repositories,
                  Optional<RateLimit> rateLimit, boolean unreachable, Instant finishedAt) {
        this(org, username, checks, repositories, rateLimit, unreachable, false, finishedAt);
    }

    public boolean ready() {
        return !unreachable && checks.stream().noneMatch(c -> c.status() == Outcome.FAIL);
    }

    public Optional<CheckResult> check(CheckId id) {
        return checks.stream().filter(c -> c.id() == id).findFirst();
    }

    /** The process exit code of the `check` contract: 0 ready, 1 not ready, 3 unreachable or rate-limited. */
    public int exitCode() {
        return unreachable ? 3 : ready() ? 0 : 1;
    }
}
