package dev.hubonboard.registry;

/** The answer to "may this token push?", asked without ever starting an upload. */
public enum PushProbe {
    /** 401 "access token has insufficient scopes": the token is read-only. */
    REFUSED_BY_SCOPE,
    /** Push granted: the token can write. */
    GRANTED,
    /** 200 without push: the user lacks write rights, so the token's own scope is unproven. */
    NOT_GRANTED
}
