package dev.hubonboard.azure;

/** An Azure region: {@code name} is what the API takes (westeurope), {@code displayName} what people read. */
public record Location(String name, String displayName) {
    public String label() {
        return displayName == null || displayName.isBlank() ? name : displayName + " (" + name + ")";
    }
}
