package dev.hubonboard.check;

/** One check's verdict, with what to do about it in words ("" when nothing is to be done). */
public record CheckResult(CheckId id, Outcome status, String summary, String remediation, Cause cause) {
    /**
     * Why a check failed, as a type, for callers that decide on it (never on the summary's words). Most failures
     * need none: {@link #OTHER}.
     */
    public enum Cause { OTHER, CREDENTIALS_REFUSED }

    public CheckResult {
        remediation = remediation == null ? "" : remediation;
        cause = cause == null ? Cause.OTHER : cause;
    }

    public CheckResult(CheckId id, Outcome status, String summary, String remediation) {
        this(id, status, summary, remediation, Cause.OTHER);
    }

    static CheckResult pass(CheckId id, String summary) {
        return new CheckResult(id, Outcome.PASS, summary, "");
    }

    static CheckResult skip(CheckId id, String why) {
        return new CheckResult(id, Outcome.SKIP, why, "");
    }
}
