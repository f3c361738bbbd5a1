package dev.hubonboard.ui.wizard.steps;

import java.util.List;

/** {@link SessionSecretsTest#holding} for tests in other packages: which fields of an object hold a secret. */
public final class SessionSecretsProbe {
    private SessionSecretsProbe() {
    }

    public static List<String> holding(Object o, String secret) throws IllegalAccessException {
        return SessionSecretsTest.holding(o, secret);
    }
}
