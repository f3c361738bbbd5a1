package dev.hubonboard.net;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one redaction: masks what looks like a credential in text that may reach a user, a log or a file, and makes
 * a server's words safe to print. Every place that shows text it did not write goes through here, so the order is
 * always the same: control characters out, secrets masked, and only then shortened (a cut made first could split a
 * secret so that neither half is recognised, and half a secret would survive).
 */
public final class Redact {
    /** Docker access tokens and JWTs (the Hub's session tokens, the registry's bearer tokens). */
    private static final Pattern TOKEN_SHAPES = Pattern.compile(
            "(?i)dckr_(pat|oat)_[A-Za-z0-9_-]*|eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    /** ANSI escape sequences (CSI … final byte, OSC … BEL/ST, and two-character ESC sequences), removed whole. */
    private static final Pattern ESCAPES = Pattern.compile(
            "\\u001B\\[[0-?]*[ -/]*[@-~]|\\u009B[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?"
                    + "|\\u001B[@-Z\\\\-_]");
    /** What is left of control characters: C0, DEL, C1, and the bidirectional overrides that reorder a line. */
    private static final Pattern CONTROLS = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F"
            + "-\\u009F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]");

    private static final int MIN_SECRET = 6;
    private static final String MASK = "***";

    private Redact() {
    }

    /** The text with every token-shaped part replaced by {@code ***}. */
    public static String tokenShapes(String text) {
        return text == null ? null : TOKEN_SHAPES.matcher(text).replaceAll(MASK);
    }

    /** The text with {@code secret} (if any) and every token-shaped part replaced by {@code ***}. */
    public static String secretAndTokenShapes(String text, String secret) {
        return secrets(text, secret == null ? List.of() : List.of(secret));
    }

    /**
     * The text with each of {@code secrets} (longest first, so one that contains another is masked whole) and every
     * token-shaped part replaced by {@code ***}. A very short "secret" (a test's "t") would mangle ordinary words;
     * real tokens, passwords and codes are at least six characters.
     */
    public static String secrets(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        List<String> longestFirst = new ArrayList<>();
        for (String s : secrets) {
            if (s != null && s.strip().length() >= MIN_SECRET) {
                longestFirst.add(s);
            }
        }
        longestFirst.sort((a, b) -> b.length() - a.length());
        String out = text;
        for (String s : longestFirst) {
            out = out.replace(s, MASK);
        }
        return tokenShapes(out);
    }

    /**
     * Text from a server (or anything else outside the app) made safe for a terminal, a log line or a report: one
     * line, without escape sequences or other control characters that could move the cursor, recolour or rewrite
     * what the user reads (CR, BEL, ANSI). Line breaks and tabs become spaces.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        String out = ESCAPES.matcher(text).replaceAll("");
        out = LINE_BREAKS.matcher(out).replaceAll(" ");
        return CONTROLS.matcher(out).replaceAll("");
    }

    /** At most {@code max} characters (an ellipsis marks a cut). Only ever applied to text already masked. */
    public static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half a character
        }
        return text.substring(0, end) + "…";
    }

    /** A server's words for people: {@link #printable}, then {@link #secrets}, then {@link #shortened}, in that order. */
    public static String forPeople(String text, int max, Collection<String> secrets) {
        return shortened(secrets(printable(text), secrets), max);
    }
}
