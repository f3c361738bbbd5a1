package dev.hubonboard.cli;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.store.ProgressStoreException;

import java.util.List;

/** {@code check --from-keychain}: the private repository names the wizard saved with the organization's onboarding. */
public final class SavedRepositories implements CheckCommand.ExpectedSource {
    private final ProgressStore store;

    public SavedRepositories(ProgressStore store) {
        this.store = store;
    }

    @Override
    public List<String> read(String org) throws CheckCommand.UsageException {
        try {
            return store.load(org).map(Onboarding::expectedRepositories).orElse(List.of());
        } catch (ProgressStoreException e) {
            throw new CheckCommand.UsageException("--from-keychain: the saved onboarding of " + org
                    + " could not be read (" + e.getMessage() + "). Give the list with --repositories FILE.");
        }
    }
}
