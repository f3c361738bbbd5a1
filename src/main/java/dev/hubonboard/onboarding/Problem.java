package dev.hubonboard.onboarding;

import java.util.Objects;

/** One thing wrong with an input: an ERROR blocks the step, a WARNING is shown but lets the user go on. */
public record Problem(Field field, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    static Problem error(Field field, String text) {
        return new Problem(field, Severity.ERROR, field.label() + ": " + text);
    }

    static Problem warning(Field field, String text) {
        return new Problem(field, Severity.WARNING, field.label() + ": " + text);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
