package dev.hubonboard.hub;

/**
 * Filters for {@code GET /v2/orgs/{org}/members}. Null means "not sent".
 *
 * @param search a Docker ID or e-mail fragment
 * @param type   {@code member}, {@code invitee} or {@code all}
 * @param role   {@code owner}, {@code editor} or {@code member} (Docker expects lower case here)
 */
public record MemberQuery(String search, String type, String role) {
    public static MemberQuery all() {
        return new MemberQuery(null, null, null);
    }

    public static MemberQuery search(String text) {
        return new MemberQuery(text, null, null);
    }

    /** Members only ({@code type=member}), optionally searched; null lists every member. */
    public static MemberQuery members(String search) {
        return new MemberQuery(search, "member", null);
    }
}
