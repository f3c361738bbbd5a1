package dev.hubonboard.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Whose connection is tested: the organization, the dedicated user's Docker ID, that user's token, and the private
 * repositories the organization expects the scanner to reach (the owner's list; empty when none was given).
 *
 * @param expected repository names without the organization ({@code web}, not {@code acme-corp/web}); an
 *                 {@code ORG/NAME} of this organization is shortened, duplicates dropped
 */
public record CheckTarget(String org, String username, String token, List<String> expected) {
    public CheckTarget {
        Objects.requireNonNull(org);
        Objects.requireNonNull(username);
        Objects.requireNonNull(token);
        expected = normalise(org, expected == null ? List.of() : expected);
    }

    /** No expected list: the test proves pull on what the token sees. */
    public CheckTarget(String org, String username, String token) {
        this(org, username, token, List.of());
    }

    public CheckTarget withExpected(List<String> names) {
        return new CheckTarget(org, username, token, names);
    }

    private static List<String> normalise(String org, List<String> names) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String name = Objects.requireNonNull(n, "expected repository").strip();
            if (name.startsWith(org + "/")) {
                name = name.substring(org.length() + 1);
            }
            if (name.isEmpty() || name.contains("/")) {
                throw new IllegalArgumentException("expected repository \"" + n + "\" is not a repository of " + org);
            }
            out.add(name);
        }
        return List.copyOf(new ArrayList<>(out));
    }

    @Override
    public String toString() {
        return "CheckTarget[org=" + org + ", username=" + username + ", token=***, expected=" + expected.size() + "]";
    }
}
