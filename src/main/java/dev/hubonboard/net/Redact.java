package dev.hubonboard.net;

import java.util.regex.Pattern;

/** Masks what looks like a credential in text that may reach a user, a log or a file. */
public final class Redact {
    /** Docker access tokens and JWTs (the Hub's session tokens, the registry's bearer tokens). */
    private static final Pattern TOKEN_SHAPES = Pattern.compile(
            "(?i)dckr_(pat|oat)_[A-Za-z0-9_-]*|eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private static final int MIN_SECRET = 6;

    private Redact() {
    }

    /** The text with every token-shaped part replaced by {@code ***}. */
    public static String tokenShapes(String text) {
        return text == null ? null : TOKEN_SHAPES.matcher(text).replaceAll("***");
    }

    /** The text with {@code secret} (if any) and every token-shaped part replaced by {@code ***}. */
    public static String secretAndTokenShapes(String text, String secret) {
        if (text == null) {
            return null;
        }
        // A very short "secret" (a test's "t") would mangle ordinary words; real tokens and passwords are longer.
        String out = secret == null || secret.strip().length() < MIN_SECRET ? text : text.replace(secret, "***");
        return tokenShapes(out);
    }
}
