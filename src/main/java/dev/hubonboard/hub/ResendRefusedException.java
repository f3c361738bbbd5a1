package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/**
 * {@code PATCH /v2/invites/{id}/resend} was refused (403). Docker Hub has refused it to an organization access token
 * that could create the invite (docker/hub-feedback#2527): resend from the organization's Members page in Docker Hub,
 * or sign in with the owner's password.
 */
public final class ResendRefusedException extends ServiceException {
    public ResendRefusedException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
