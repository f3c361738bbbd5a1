package dev.hubonboard.onboarding.store;

import java.nio.file.Path;

/**
 * A saved-progress file that could not be used. {@code movedTo} is where it was put aside (null if it could not be
 * moved); {@code message} says what was wrong and where the file is now, ready to show to the user.
 */
public record LoadProblem(String organization, Path file, Path movedTo, String message) {
}
