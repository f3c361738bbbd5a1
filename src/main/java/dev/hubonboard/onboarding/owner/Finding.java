package dev.hubonboard.onboarding.owner;

/**
 * One thing the prerequisites step checked through the API, and what it found, in words.
 *
 * @param kind what the finding means for the steps after it, as a type rather than words to search for
 */
public record Finding(String what, Result result, String detail, Kind kind) {
    public enum Result { OK, WARNING, PROBLEM }

    /** {@link #EXISTING_MEMBER}: the dedicated user is already a member, so the invite and acceptance are skipped. */
    public enum Kind { CHECK, EXISTING_MEMBER }

    public Finding(String what, Result result, String detail) {
        this(what, result, detail, Kind.CHECK);
    }

    public static Finding ok(String what, String detail) {
        return new Finding(what, Result.OK, detail);
    }

    public static Finding warning(String what, String detail) {
        return new Finding(what, Result.WARNING, detail);
    }

    public static Finding problem(String what, String detail) {
        return new Finding(what, Result.PROBLEM, detail);
    }
}
