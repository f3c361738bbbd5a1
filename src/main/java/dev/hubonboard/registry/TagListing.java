package dev.hubonboard.registry;

import java.util.List;

/**
 * The registry's {@code GET /v2/NAME/tags/list?n=N} answer: the tags (in the registry's order) or, when refused, the
 * status and the registry's error code. Read with the pull token, so it works where the Hub's tags route refuses a
 * login made from a personal access token.
 */
public record TagListing(int status, String errorCode, List<String> tags) {
    public TagListing {
        tags = List.copyOf(tags);
        errorCode = errorCode == null ? "" : errorCode;
    }

    /** A readable 200; a 200 whose body is not a tag list has the error code {@code MALFORMED}. */
    public boolean ok() {
        return status == 200 && errorCode.isEmpty();
    }
}
