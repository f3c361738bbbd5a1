package dev.hubonboard.check;

/** One check's verdict, with what to do about it in words ("" when nothing is to be done). */
public record CheckResult(CheckId id, Outcome status, String summary, String remediation) {
    public CheckResult {
        remediation = remediation == null ? "" : remediation;
    }

    static CheckResult pass(CheckId id, String summary) {
        return new CheckResult(id, Outcome.PASS, summary, "");
    }

    static CheckResult skip(CheckId id, String why) {
        return new CheckResult(id, Outcome.SKIP, why, "");
    }
}
