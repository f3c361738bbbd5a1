package dev.hubonboard.azure;

/**
 * A Defender plan's pricing on a subscription ({@code Containers}, {@code CloudPosture}); "Standard" means on.
 */
public record Pricing(String name, String tier) {
    public static final String CONTAINERS = "Containers";
    public static final String CLOUD_POSTURE = "CloudPosture";

    public boolean on() {
        return "Standard".equalsIgnoreCase(tier);
    }
}
