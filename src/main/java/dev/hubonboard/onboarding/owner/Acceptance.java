package dev.hubonboard.onboarding.owner;

/**
 * Where the invite stands, as far as Docker Hub shows: e-mail verification itself is invisible to the API; only
 * acceptance is (the invite leaves the pending list and the user appears as a member).
 */
public record Acceptance(State state, String username, String role) {
    public enum State { PENDING, ACCEPTED, GONE }

    public static Acceptance pending() {
        return new Acceptance(State.PENDING, null, null);
    }

    public static Acceptance gone() {
        return new Acceptance(State.GONE, null, null);
    }

    public static Acceptance accepted(String username, String role) {
        return new Acceptance(State.ACCEPTED, username, role);
    }

    public boolean isEditorOrAbove() {
        return role != null && (role.equalsIgnoreCase("editor") || role.equalsIgnoreCase("owner"));
    }
}
