package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** {@code POST /v2/invites/bulk} answered 409: the invitee is already invited (the spec lists 409 for bulk invites). */
public final class AlreadyInvitedException extends ServiceException {
    public AlreadyInvitedException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
