package dev.hubonboard.registry;

import java.util.Map;
import java.util.Set;

/**
 * What the token service granted, read from the {@code access} claim of the token it issued: repository name →
 * actions. A repository with no actions (or absent) was NOT granted, even though the answer was 200.
 */
public record Grants(Map<String, Set<String>> access, RegistryToken token) {

    public boolean allows(String repository, String action) {
        return access.getOrDefault(repository, Set.of()).contains(action);
    }
}
