package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** HTTP 404: the organization, namespace, repository or invite does not exist, or is not visible to this account. */
public final class NotFoundException extends ServiceException {
    public NotFoundException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
