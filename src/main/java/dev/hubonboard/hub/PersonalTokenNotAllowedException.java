package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/** A bearer token obtained from a personal access token was refused by a management route; these need an owner's password login or an organization access token. */
public final class PersonalTokenNotAllowedException extends ServiceException {
    public PersonalTokenNotAllowedException(String message, int status, String detail) {
        super(message, status, detail, null);
    }
}
