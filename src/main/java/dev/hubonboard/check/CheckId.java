package dev.hubonboard.check;

/** The connection test's checks, in the order they run. The ids are part of the `check` output contract. */
public enum CheckId {
    CREDENTIALS("credentials", "Docker ID and token accepted"),
    REPOSITORIES("repositories", "Repositories listed"),
    PULL("pull", "Every private repository can be pulled"),
    READ_ONLY("read-only", "The token cannot push"),
    RATE_LIMIT("rate-limit", "A manifest can be read; pull limit");

    private final String id;
    private final String title;

    CheckId(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
