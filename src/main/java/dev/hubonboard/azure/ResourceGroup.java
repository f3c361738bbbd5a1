package dev.hubonboard.azure;

/** A resource group and its region. */
public record ResourceGroup(String name, String location) {
}
