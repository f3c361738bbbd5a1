package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;

/**
 * The name is a personal namespace (a Docker ID), not an organization: Docker Hub redirects {@code /v2/orgs/NAME}
 * to {@code /v2/users/NAME} for it, or answers with {@code "type": "User"}.
 */
public final class NotAnOrganizationException extends ServiceException {
    private final String name;

    public NotAnOrganizationException(String name, int status) {
        super(name + " is a personal namespace, not an organization. Defender's Docker Hub connector needs an "
                + "organization: check the name (as in hub.docker.com/orgs/NAME).", status, "", null);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
