package dev.hubonboard.onboarding.store;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A practice onboarding saved among the real ones by a version before practice had its own folder. Recognised by
 * the practice Hub's fixed organization and its dedicated user: an e-mail under {@code .example} (reserved by RFC 2606,
 * so no real address has it) or the Docker ID {@code acmescanner}. Moved, never deleted.
 */
final class PracticeLeftover {
    /** The practice Hub's organization and dedicated user (sandbox.PracticeHub's defaults; onboarding cannot import it). */
    static final String PRACTICE_ORG = "acme-corp";
    static final String PRACTICE_DOCKER_ID = "acmescanner";

    private PracticeLeftover() {
    }

    static void moveToPractice(Path realFolder, Path practiceFolder) {
        Path file = realFolder.resolve(PRACTICE_ORG + ".json");
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Onboarding o = new ProgressStore(realFolder).load(PRACTICE_ORG).orElse(null);
            if (o == null || !isPractice(o)) {
                return;
            }
            Files.createDirectories(practiceFolder);
            Path target = practiceFolder.resolve(file.getFileName());
            // The practice folder's own copy is newer than one left from before it existed: keep that one.
            Files.move(file, Files.exists(target) ? practiceFolder.resolve(file.getFileName() + ".from-real") : target);
        } catch (ProgressStoreException | IOException | RuntimeException e) {
            // Left where it is: real use still lists it, as before, and the user can Remove it.
        }
    }

    static boolean isPractice(Onboarding o) {
        boolean email = o.invitee().flatMap(Invitee::emailIfGiven)
                .map(e -> e.toLowerCase(Locale.ROOT).endsWith(".example")).orElse(false);
        boolean dockerId = o.dedicatedDockerId().or(() -> o.invitee().flatMap(Invitee::dockerIdIfGiven))
                .map(PRACTICE_DOCKER_ID::equalsIgnoreCase).orElse(false);
        return o.organization().equals(PRACTICE_ORG) && (email || dockerId);
    }
}
