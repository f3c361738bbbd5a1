package dev.hubonboard.ui.app;

import dev.hubonboard.onboarding.store.AppMode;
import dev.hubonboard.onboarding.store.ProgressStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * This mode's saved progress, and what opening it did that the administrator should hear of: real use moves a
 * practice onboarding an older version saved among the real ones into the practice folder, which used to happen
 * without a word (issue 21, item 7).
 *
 * @param store  this mode's saved onboardings
 * @param notice what was moved and where, in words; empty when nothing was
 */
public record SavedProgress(ProgressStore store, Optional<String> notice) {
    /** The practice Hub's organization, whose file an older version left among the real ones. */
    static final String PRACTICE_ORG = "acme-corp";

    public static SavedProgress open(AppMode mode, Path configDirectory) {
        Path leftover = AppMode.REAL.folder(configDirectory).resolve(PRACTICE_ORG + ".json");
        boolean before = mode == AppMode.REAL && Files.isRegularFile(leftover);
        ProgressStore store = mode.progress(configDirectory);
        if (before && !Files.exists(leftover)) {
            return new SavedProgress(store, Optional.of("A practice onboarding of " + PRACTICE_ORG + " that an earlier "
                    + "version saved among the real ones was moved to " + AppMode.PRACTICE.folder(configDirectory)
                    + ", so it is never tested against Docker Hub. Start with --sandbox to see it there."));
        }
        return new SavedProgress(store, Optional.empty());
    }
}
