package dev.hubonboard.registry;

import dev.hubonboard.net.ServiceException;

/** The registry's token service refused the request; {@link #reason()} says why in the domain's terms. */
public final class TokenServiceException extends ServiceException {
    public enum Reason { BAD_CREDENTIALS, TOKEN_EXPIRED, INSUFFICIENT_SCOPE, OTHER }

    private final Reason reason;

    public TokenServiceException(Reason reason, String message, int status, String detail) {
        super(message, status, detail, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
