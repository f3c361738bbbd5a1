package dev.hubonboard.onboarding;

import java.util.List;
import java.util.Optional;

/** The wizard's steps, in the order the onboarding runs them. Each step needs the one before it. */
public enum Step {
    PREREQUISITES("Prerequisites"),
    INVITE("Invite the dedicated user"),
    EMAIL_VERIFICATION("E-mail verification and acceptance"),
    TOKEN("Read-only access token"),
    CONNECTION_TEST("Connection test"),
    FINISH("Finish");

    private final String title;

    Step(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The step that must be done or skipped before this one can start; empty for the first. */
    public Optional<Step> needs() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Every step before this one, first to last. */
    public List<Step> earlier() {
        return List.of(values()).subList(0, ordinal());
    }

    /** Every step after this one, first to last. */
    public List<Step> later() {
        return List.of(values()).subList(ordinal() + 1, values().length);
    }
}
