package dev.hubonboard.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code access} claim of a registry JWT. Decode only: the signature is the registry's business; we only
 * need to know what it says it granted.
 */
public final class AccessClaim {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessClaim() {
    }

    /** Repository name → granted actions; empty when the token is not a readable JWT. */
    public static Optional<Map<String, Set<String>>> read(String jwt) {
        if (jwt == null) {
            return Optional.empty();
        }
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(stripPadding(parts[1])));
            Map<String, Set<String>> out = new LinkedHashMap<>();
            JsonNode access = payload.path("access");
            if (!access.isArray()) {
                return Optional.of(out); // no access claim: nothing granted
            }
            for (JsonNode entry : access) {
                if (!"repository".equals(entry.path("type").asText()) || !entry.path("name").isTextual()) {
                    continue;
                }
                Set<String> actions = out.computeIfAbsent(entry.path("name").asText(), k -> new LinkedHashSet<>());
                for (JsonNode a : entry.path("actions")) {
                    if (a.isTextual()) {
                        actions.add(a.asText());
                    }
                }
            }
            return Optional.of(out);
        } catch (Exception e) { // IllegalArgumentException (base64) or IOException (JSON): not a JWT we can read
            return Optional.empty();
        }
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        return s.substring(0, end);
    }
}
