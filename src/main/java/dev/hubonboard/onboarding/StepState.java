package dev.hubonboard.onboarding;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one step stands. {@code reason} explains a skip, a failure or a step done by hand; it is null otherwise.
 * {@code at} is when the status last changed (null while not started).
 */
public record StepState(Status status, String reason, Instant at) {

    public enum Status {
        NOT_STARTED, IN_PROGRESS, DONE, SKIPPED, FAILED;

        /** Done or skipped: the steps after it may go ahead. */
        public boolean isSettled() {
            return this == DONE || this == SKIPPED;
        }
    }

    public static final StepState NOT_STARTED = new StepState(Status.NOT_STARTED, null, null);

    public StepState {
        Objects.requireNonNull(status, "status");
        if ((status == Status.SKIPPED || status == Status.FAILED) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a " + status.name().toLowerCase() + " step needs a reason");
        }
    }

    public static StepState of(Status status, String reason, Instant at) {
        return new StepState(status, reason, at);
    }

    public boolean isSettled() {
        return status.isSettled();
    }
}
