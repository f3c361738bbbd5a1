package dev.hubonboard.onboarding;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the organization owner lets the wizard act, chosen on the first step. Invites and member lists need an
 * owner: a personal access token is refused by those routes, so the owner brings an organization access token,
 * types the password (never saved), or does the Docker Hub part by hand.
 */
public enum OwnerMode {
    /** Recommended: an organization access token with member and invite scopes (Docker Team and Business). */
    ORGANIZATION_ACCESS_TOKEN("Organization access token", true),
    /** The owner's password, plus a 2FA code when Docker Hub asks for one. Used for this session only, never saved. */
    PASSWORD("Owner password", true),
    /** No owner credentials: links into Docker Hub and a checklist the owner ticks. */
    MANUAL("Manual steps in Docker Hub", false);

    private final String title;
    private final boolean ownerApi;

    OwnerMode(String title, boolean ownerApi) {
        this.title = title;
        this.ownerApi = ownerApi;
    }

    public String title() {
        return title;
    }

    /**
     * Whether the wizard can do this step through an API. The connection test always can: it uses the dedicated
     * user's personal access token, not the owner's credentials. Prerequisites, token creation (signed in as the
     * dedicated user, in a browser) and finish are never automated.
     */
    public boolean apiCan(Step step) {
        return switch (step) {
            case INVITE, EMAIL_VERIFICATION -> ownerApi;
            case CONNECTION_TEST -> true;
            case PREREQUISITES, TOKEN, FINISH -> false;
        };
    }

    /** The steps {@link #apiCan} answers yes for. */
    public Set<Step> automated() {
        EnumSet<Step> steps = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (apiCan(step)) {
                steps.add(step);
            }
        }
        return Collections.unmodifiableSet(steps);
    }

    /** Whether the owner is asked for a credential (for this session only) in this mode. */
    public boolean needsOwnerCredential() {
        return ownerApi;
    }
}
