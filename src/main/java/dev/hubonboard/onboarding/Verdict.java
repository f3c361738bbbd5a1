package dev.hubonboard.onboarding;

import java.util.List;
import java.util.Optional;

/** The outcome of validating one input. Never holds the input itself, so a verdict on a token is safe to log. */
public record Verdict(List<Problem> problems) {

    private static final Verdict OK = new Verdict(List.of());

    public Verdict {
        problems = List.copyOf(problems);
    }

    public static Verdict ok() {
        return OK;
    }

    public static Verdict of(Problem... problems) {
        return new Verdict(List.of(problems));
    }

    /** No errors (warnings allowed): the step may go on. */
    public boolean isAcceptable() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /** Neither errors nor warnings. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The first error, or else the first warning: what a field's hint line shows. */
    public Optional<Problem> first() {
        return errors().stream().findFirst().or(() -> problems.stream().findFirst());
    }

    /** Throws IllegalArgumentException with the first error's message when there is one. */
    public Verdict orThrow() {
        errors().stream().findFirst().ifPresent(p -> {
            throw new IllegalArgumentException(p.message());
        });
        return this;
    }
}
