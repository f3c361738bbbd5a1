package dev.hubonboard.check;

import java.util.Locale;

/** A check's verdict. Only FAIL makes the connection "not ready"; WARN is worth reading but not blocking. */
public enum Outcome {
    PASS, WARN, FAIL, SKIP;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
