package dev.hubonboard.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's {@code WWW-Authenticate: Bearer realm="…",service="…"} challenge, which names the token service.
 * Docker's own clients discover the token service this way instead of hard-coding it, and so do we.
 */
public record Challenge(String realm, String service) {

    /** Parses a Bearer challenge; empty when the header is missing, not Bearer, or has no realm. */
    public static Optional<Challenge> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        int space = h.indexOf(' ');
        if (space < 0 || !h.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            return Optional.empty();
        }
        Map<String, String> params = params(h.substring(space + 1));
        String realm = params.get("realm");
        if (realm == null || realm.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Challenge(realm, params.getOrDefault("service", "")));
    }

    /** auth-param list: key=value or key="quoted, with \"escapes\"", separated by commas. */
    private static Map<String, String> params(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = s.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(s.charAt(i++));
                }
                i++; // closing quote
            } else {
                while (i < n && s.charAt(i) != ',') {
                    value.append(s.charAt(i++));
                }
            }
            out.putIfAbsent(key, value.toString().strip());
        }
        return out;
    }
}
