package dev.hubonboard.azure;

import dev.hubonboard.net.ServiceException;

/**
 * A connector write got no usable answer and reading the connector back could not show whether it landed. Nothing
 * was retried blindly; the message says what to do (running again is safe: the same PUT replaces the connector).
 */
public final class WriteUncertainException extends ServiceException {
    WriteUncertainException(String message, int status, Throwable cause) {
        super(message, status, "", cause);
    }
}
