package dev.hubonboard.secrets;

/** Whether the keychain can be used now; if not, {@code reason} says why in words for the user. */
public record Availability(boolean available, String reason) {

    private static final Availability AVAILABLE = new Availability(true, "");

    public static Availability yes() {
        return AVAILABLE;
    }

    public static Availability no(String reason) {
        return new Availability(false, reason);
    }
}
