package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** The organization enforces single sign-on, so Docker Hub refuses passwords: a personal or organization access token is needed. */
public final class SsoRequiresTokenException extends ServiceException {
    public SsoRequiresTokenException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
