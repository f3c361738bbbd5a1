package dev.hubonboard.sandbox;

/**
 * A case the practice servers can play so a command's exit code can be rehearsed offline ({@code --sandbox
 * --scenario WORD}): {@link HubScenario} for {@code check}; {@code connect}'s Azure cases have the same shape.
 */
public interface Scenario {
    /** The word on the command line, e.g. {@code public-token}. */
    String word();

    /** The exit code the command gives in this case. */
    int exitCode();

    /** What the case models, in one line, for {@code --scenario help} and the practice panel. */
    String models();
}
