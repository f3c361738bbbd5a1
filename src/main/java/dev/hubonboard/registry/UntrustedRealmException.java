package dev.hubonboard.registry;

import dev.hubonboard.net.ServiceException;

/**
 * The registry's challenge named a token service that is not tied to the registry (see
 * {@link Challenge#tokenServiceFor}): the Docker ID and token are not sent there. {@link #reason()} says which rule
 * it broke.
 */
public final class UntrustedRealmException extends ServiceException {
    public enum Reason {
        /** Not a URL at all. */
        NOT_A_URL,
        /** Docker Hub's registry named a token service other than {@code https://auth.docker.io}. */
        NOT_DOCKERS,
        /** Plain http off this machine. */
        NOT_HTTPS,
        /** A token service on this machine named by a registry elsewhere. */
        LOOPBACK_FROM_REMOTE,
        /** Neither the registry's host nor its registrable domain. */
        OTHER_DOMAIN
    }

    private final Reason reason;

    UntrustedRealmException(Reason reason, String message, int status) {
        super(message, status, "", null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
