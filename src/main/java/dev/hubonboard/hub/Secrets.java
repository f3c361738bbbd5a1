package dev.hubonboard.hub;

import dev.hubonboard.net.Redact;

import java.util.ArrayList;
import java.util.List;

/**
 * The credentials of one call, so that nothing the server echoes back can carry them into a message. Masking is
 * {@link Redact}'s (the one redaction), which also masks anything shaped like a Docker token or a JWT.
 */
final class Secrets {
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
        return text == null ? "" : Redact.secrets(text, values);
    }

    /** A server's words for a message: one printable line, this call's secrets masked, then at most {@code max}. */
    String forPeople(String text, int max) {
        return text == null ? "" : Redact.forPeople(text, max, values);
    }
}
