package dev.hubonboard.secrets;

import java.util.Objects;

/**
 * Names one saved access token: the dedicated user's token for one organization. Stored in the keychain under
 * service {@value SecretStore#SERVICE} and account {@code ORG/DOCKER_ID}.
 */
public record SecretKey(String organization, String dockerId) {

    public SecretKey {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(dockerId, "dockerId");
        organization = organization.strip();
        dockerId = dockerId.strip();
        if (organization.isEmpty() || dockerId.isEmpty()) {
            throw new IllegalArgumentException("a keychain entry needs both the organization and the Docker ID");
        }
        if (organization.contains("/") || dockerId.contains("/")) {
            throw new IllegalArgumentException("organization and Docker ID cannot contain '/': it separates them in the account name");
        }
    }

    /** The keychain account: {@code ORG/DOCKER_ID}. */
    public String account() {
        return organization + "/" + dockerId;
    }
}
