package dev.hubonboard.registry;

/** A short-lived bearer token from the token service. Never printed. */
public record RegistryToken(String value) {
    @Override
    public String toString() {
        return "RegistryToken[***]";
    }
}
