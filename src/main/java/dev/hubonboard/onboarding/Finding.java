package dev.hubonboard.onboarding;

/** One thing the prerequisites step checked through the API, and what it found, in words. */
public record Finding(String what, Result result, String detail) {
    public enum Result { OK, WARNING, PROBLEM }

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
