package dev.hubonboard.azure;

/**
 * An Azure region: {@code name} is what the API takes (westeurope), {@code displayName} what people read, and
 * {@code regionType} Azure's {@code metadata.regionType}: "Physical", "Logical" (such as {@code europe} or
 * {@code global}, where nothing can be created), or "" when Azure did not say.
 */
public record Location(String name, String displayName, String regionType) {
    public Location {
        regionType = regionType == null ? "" : regionType;
    }

    public Location(String name, String displayName) {
        this(name, displayName, "");
    }

    public String label() {
        return displayName == null || displayName.isBlank() ? name : displayName + " (" + name + ")";
    }

    /** Logical regions group others; resources live only in physical ones. */
    public boolean logical() {
        return "Logical".equalsIgnoreCase(regionType);
    }

    /** True when {@code other} (a name such as westeurope or a display name such as "West Europe") is this region. */
    public boolean is(String other) {
        String o = squash(other);
        return !o.isEmpty() && (o.equals(squash(name)) || o.equals(squash(displayName)));
    }

    static String squash(String s) {
        return s == null ? "" : s.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}
