package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/**
 * {@code POST /v2/auth/token} answered 401 with a {@code login_2fa_token}: the secret was the account's password
 * (of an account with two-factor authentication), not an access token (hub-facts: "login_2fa_token on
 * /v2/auth/token means the secret was the account's password"). The challenge itself is dropped: nothing here
 * continues a password login.
 */
public final class PasswordNotTokenException extends ServiceException {
    public PasswordNotTokenException(String message, int status) {
        super(message, status, "", null);
    }
}
