package dev.hubonboard.check;

/** What the dedicated user sees of the organization's repositories, and how many private ones it can pull. */
public record RepositoryCounts(int total, int privateCount, int publicCount, int pullable) {
    public static final RepositoryCounts NONE = new RepositoryCounts(0, 0, 0, 0);
}
