package dev.hubonboard.defender;

/**
 * The exact request a write will send, with the token masked: what the dialog's review and {@code connect --dry-run}
 * show. Built from the masked body, so it never held the token.
 */
public record ConnectorReview(PreFlight.Action action, String method, String url, String maskedBody) {

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
