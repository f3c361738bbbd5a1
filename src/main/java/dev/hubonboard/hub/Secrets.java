package dev.hubonboard.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The credentials of one call, so that nothing the server echoes back can carry them into a message. Also masks
 * anything shaped like a Docker token or a JWT, whoever it belongs to.
 */
final class Secrets {
    private static final Pattern TOKEN_SHAPES = Pattern.compile(
            "dckr_(pat|oat)_[A-Za-z0-9_-]+|eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    static final Secrets NONE = new Secrets(List.of());

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    static Secrets of(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v);
            }
        }
        // Longest first, so a secret that contains another is masked whole.
        kept.sort((a, b) -> b.length() - a.length());
        return new Secrets(List.copyOf(kept));
    }

    Secrets and(String value) {
        List<String> all = new ArrayList<>(values);
        all.add(value);
        return of(all.toArray(String[]::new));
    }

    static Secrets of(AccessToken auth) {
        return of(auth.value());
    }

    String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String out = text;
        for (String v : values) {
            out = out.replace(v, "***");
        }
        return TOKEN_SHAPES.matcher(out).replaceAll("***");
    }
}
