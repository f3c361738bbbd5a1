package dev.hubonboard.defender;

import java.util.List;

/**
 * The exact request a write will send, with the token masked: what the dialog's review and {@code connect --dry-run}
 * show. Built from the masked body, so it never held the token.
 *
 * @param changes for an update, what changes "from → to" and what is kept; empty for a new connector
 */
public record ConnectorReview(PreFlight.Action action, String method, String url, String maskedBody,
                              List<String> changes) {
    public ConnectorReview {
        changes = List.copyOf(changes);
    }

    /** The request as text: request line, the headers that matter (token masked) and the body. */
    public String text() {
        return method + " " + url + "\n"
                + "Authorization: Bearer " + ConnectorBody.MASK + "\n"
                + "Content-Type: application/json\n\n"
                + maskedBody;
    }

    /** Said beside every review: the one guess in the body. */
    public String note() {
        return "properties.hierarchyIdentifier is the organization name: inferred, since Microsoft documents no "
                + "Docker Hub example. The access token is shown as " + ConnectorBody.MASK + "; the request carries the real one.";
    }
}
