package dev.hubonboard.onboarding.owner;

import dev.hubonboard.onboarding.Onboarding;
import java.util.List;

/**
 * The organization's repositories as the owner's sign-in sees them: the private names are the list Defender will
 * scan, saved with the onboarding ({@link Onboarding#setExpectedRepositories}).
 *
 * @param privateNames private repository names, without the organization
 * @param publicCount  how many public repositories were listed
 * @param hint         what to tell the owner besides the count ("" when nothing): e.g. the permission an
 *                     organization access token needs to see private repositories
 */
public record OwnerRepositories(List<String> privateNames, int publicCount, String hint) {
    public OwnerRepositories {
        privateNames = List.copyOf(privateNames);
        hint = hint == null ? "" : hint;
    }

    /** "Defender will scan these N private repositories", in the wizard's words. */
    public String summary() {
        int n = privateNames.size();
        return n == 0 ? "Docker Hub shows no private repository to this sign-in (" + publicCount + " public)."
                : "Defender will scan these " + n + " private " + (n == 1 ? "repository" : "repositories") + ".";
    }
}
