package dev.hubonboard.check;

import java.util.List;

/**
 * What the dedicated user sees of the organization's repositories, and how many private ones it can pull.
 *
 * @param expected    how many private repositories the organization expects (the owner's list), null when none was
 *                    given
 * @param listed      false when Docker Hub refused to list the repositories to this token (the counts are then 0)
 * @param notPullable the private repositories (ORG/NAME) the token could not pull, visible or expected
 */
public record RepositoryCounts(int total, int privateCount, int publicCount, int pullable, Integer expected,
                               boolean listed, List<String> notPullable) {
    public static final RepositoryCounts NONE = new RepositoryCounts(0, 0, 0, 0);

    public RepositoryCounts {
        notPullable = notPullable == null ? List.of() : List.copyOf(notPullable);
    }

    public RepositoryCounts(int total, int privateCount, int publicCount, int pullable) {
        this(total, privateCount, publicCount, pullable, null, true, List.of());
    }

    RepositoryCounts withPull(int pullable, List<String> notPullable) {
        return new RepositoryCounts(total, privateCount, publicCount, pullable, expected, listed, notPullable);
    }
}
