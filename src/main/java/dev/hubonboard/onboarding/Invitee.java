package dev.hubonboard.onboarding;

import java.util.Optional;

/**
 * Who the owner invites: the dedicated user, by organization e-mail and/or Docker ID. At least one is present.
 * Both are validated and trimmed; null means "not given".
 */
public record Invitee(String email, String dockerId) {

    public Invitee {
        email = blankToNull(email);
        dockerId = blankToNull(dockerId);
        if (email == null && dockerId == null) {
            throw new IllegalArgumentException(Field.INVITEE.label()
                    + ": enter the dedicated user's organization e-mail address or Docker ID.");
        }
        if (email != null) {
            Validation.email(email).orThrow();
        }
        if (dockerId != null) {
            Validation.dockerId(dockerId).orThrow();
        }
    }

    public static Invitee byEmail(String email) {
        return new Invitee(email, null);
    }

    public static Invitee byDockerId(String dockerId) {
        return new Invitee(null, dockerId);
    }

    /** What goes into the invite request: the e-mail when known (the user may not have a Docker ID yet). */
    public String inviteAs() {
        return email != null ? email : dockerId;
    }

    public Optional<String> emailIfGiven() {
        return Optional.ofNullable(email);
    }

    public Optional<String> dockerIdIfGiven() {
        return Optional.ofNullable(dockerId);
    }

    private static String blankToNull(String s) {
        String t = Validation.trim(s);
        return t.isEmpty() ? null : t;
    }
}
