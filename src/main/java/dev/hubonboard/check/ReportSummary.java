package dev.hubonboard.check;

import java.util.Optional;

/**
 * What a connection report comes to, decided in one place for the wizard's connection test step, Re-test and Rotate token:
 * the verdict, the first failed check, and how many warnings.
 */
public record ReportSummary(Verdict verdict, Optional<CheckResult> firstFailure, long warnings,
                            java.util.List<String> notPullable, boolean rateLimited) {

    /** UNREACHABLE also when Docker Hub rate-limited the test past its time limit ({@link #rateLimited()}). */
    public enum Verdict { READY, UNREACHABLE, NOT_READY }

    public ReportSummary {
        notPullable = notPullable == null ? java.util.List.of() : java.util.List.copyOf(notPullable);
    }

    public ReportSummary(Verdict verdict, Optional<CheckResult> firstFailure, long warnings,
                         java.util.List<String> notPullable) {
        this(verdict, firstFailure, warnings, notPullable, false);
    }

    public ReportSummary(Verdict verdict, Optional<CheckResult> firstFailure, long warnings) {
        this(verdict, firstFailure, warnings, java.util.List.of());
    }

    public static ReportSummary of(Report r) {
        Verdict v = r.ready() ? Verdict.READY : r.unreachable() ? Verdict.UNREACHABLE : Verdict.NOT_READY;
        return new ReportSummary(v, r.checks().stream().filter(c -> c.status() == Outcome.FAIL).findFirst(),
                r.checks().stream().filter(c -> c.status() == Outcome.WARN).count(), r.repositories().notPullable(),
                r.rateLimited());
    }

    /** The first failed check's summary, or {@code otherwise}. */
    public String failure(String otherwise) {
        return firstFailure.map(CheckResult::summary).orElse(otherwise);
    }

    /** The first failed check's summary and what to do about it, or {@code otherwise}. */
    public String failureAndFix(String otherwise) {
        return firstFailure.map(c -> c.summary() + (c.remediation().isEmpty() ? "" : " " + c.remediation()))
                .orElse(otherwise);
    }

    /** The repositories that cannot be pulled, when the first failure (e.g. repositories) did not name them. */
    private String namedIfNotSaid() {
        if (notPullable.isEmpty() || firstFailure.map(c -> c.id() == CheckId.PULL).orElse(false)) {
            return "";
        }
        return " Cannot be pulled: " + String.join(", ", notPullable.subList(0, Math.min(10, notPullable.size())))
                + (notPullable.size() > 10 ? " and " + (notPullable.size() - 10) + " more" : "") + ".";
    }

    /** One line: "Ready: …", "Docker Hub could not be reached: …" or "Not ready: … fix". */
    public String line() {
        return switch (verdict) {
            case READY -> "Ready: the token pulls every private repository and cannot push.";
            case UNREACHABLE -> (rateLimited ? "Docker Hub is rate-limiting the test" : "Docker Hub could not be reached")
                    + firstFailure.map(c -> ": " + c.summary()).orElse(".");
            case NOT_READY -> "Not ready: " + failureAndFix("a check failed.") + namedIfNotSaid();
        };
    }
}
