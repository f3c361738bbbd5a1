package dev.hubonboard.onboarding.owner;

import java.time.Duration;

/**
 * How often the verification step looks at Docker Hub: soon at first (the user may be accepting right now), then
 * less and less often, so a window left open overnight makes a few hundred requests, not thousands.
 */
public final class PollSchedule {
    static final Duration FIRST = Duration.ofSeconds(10);
    static final Duration MAX = Duration.ofMinutes(5);
    private Duration next = FIRST;

    /** The wait before the next look; each call doubles the following one, up to five minutes. */
    public Duration next() {
        Duration now = next;
        next = next.multipliedBy(2).compareTo(MAX) > 0 ? MAX : next.multipliedBy(2);
        return now;
    }

    /** The administrator did something (resent the invite, pressed Check now): look soon again. */
    public void reset() {
        next = FIRST;
    }
}
