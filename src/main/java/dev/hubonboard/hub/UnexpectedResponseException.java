package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** Docker Hub answered, but not as expected: malformed JSON, an unexpected shape, a redirect, or another 4xx status. */
public final class UnexpectedResponseException extends ServiceException {
    public UnexpectedResponseException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
