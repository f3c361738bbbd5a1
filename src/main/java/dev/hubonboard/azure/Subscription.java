package dev.hubonboard.azure;

/** A subscription the signed-in account can see ({@code GET /subscriptions}). */
public record Subscription(String id, String displayName, String state, String tenantId) {
    /** "Name (id)" for pickers. */
    public String label() {
        return displayName == null || displayName.isBlank() ? id : displayName + " (" + id + ")";
    }
}
