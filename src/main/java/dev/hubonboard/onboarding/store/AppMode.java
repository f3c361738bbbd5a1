package dev.hubonboard.onboarding.store;

import dev.hubonboard.secrets.SecretStore;

import java.nio.file.Path;

/**
 * Real use or practice ({@code --sandbox}). Each keeps its saved progress and its keychain entries apart, so nothing
 * made against the practice Hub is listed, resumed or tested against Docker Hub, and the other way round.
 */
public enum AppMode {
    /** Against Docker Hub: the OS config folder and the keychain service {@value SecretStore#SERVICE}. */
    REAL,
    /** Against the practice Hub: a {@code practice} subfolder and the service {@value SecretStore#PRACTICE_SERVICE}. */
    PRACTICE;

    static final String PRACTICE_FOLDER = "practice";

    public static AppMode of(boolean practice) {
        return practice ? PRACTICE : REAL;
    }

    /** The folder of this mode's saved progress, inside {@code configDirectory} (the OS config folder). */
    public Path folder(Path configDirectory) {
        // A subfolder is invisible to the real mode's listing, which reads only *.json files of its own folder.
        return this == REAL ? configDirectory : configDirectory.resolve(PRACTICE_FOLDER);
    }

    /** This mode's saved onboardings in this user's config folder. */
    public ProgressStore progress() {
        return progress(ConfigDirectory.forThisUser());
    }

    /**
     * This mode's saved onboardings. Real use first moves a practice onboarding that an older version saved among the
     * real ones (before practice had its own folder) into the practice folder, so it is never listed or resumed
     * against Docker Hub.
     */
    public ProgressStore progress(Path configDirectory) {
        if (this == REAL) {
            PracticeLeftover.moveToPractice(folder(configDirectory), PRACTICE.folder(configDirectory));
        }
        return new ProgressStore(folder(configDirectory));
    }

    /**
     * Whether a saved onboarding belongs to this mode: real use does not count a practice onboarding that an older
     * version saved among the real ones (see {@link #progress(Path)}), even before it has been moved.
     */
    public boolean owns(dev.hubonboard.onboarding.Onboarding onboarding) {
        return this == PRACTICE || !PracticeLeftover.isPractice(onboarding);
    }

    /** The keychain service this mode's tokens are saved under. */
    public String keychainService() {
        return this == REAL ? SecretStore.SERVICE : SecretStore.PRACTICE_SERVICE;
    }

    /**
     * Where the practice Hub keeps its organization between runs (practice mode only): in a subfolder, so the
     * progress listing never takes it for an onboarding.
     */
    public Path practiceHubFile(Path configDirectory) {
        if (this != PRACTICE) {
            throw new IllegalStateException("only practice mode has a practice Hub");
        }
        return folder(configDirectory).resolve("hub").resolve("state.json");
    }

    public Path practiceHubFile() {
        return practiceHubFile(ConfigDirectory.forThisUser());
    }
}
