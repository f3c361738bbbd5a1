package dev.hubonboard.azure;

import java.util.Set;

/**
 * Azure's {@code error.code} values the app decides on, kept whole (Defender's "Subscription Not Registered" has
 * spaces). Sources: azure-facts.md; ARM's common error codes (learn.microsoft.com, "Troubleshoot common Azure
 * deployment errors"); azure-sdk-for-go#19900 for Defender's code with spaces.
 */
public final class ArmCodes {
    public static final String AUTHORIZATION_FAILED = "AuthorizationFailed";
    public static final String EXPIRED_TOKEN = "ExpiredAuthenticationToken";
    public static final String WRONG_TENANT = "InvalidAuthenticationTokenTenant";
    public static final String LOCATION_NOT_AVAILABLE = "LocationNotAvailableForResourceType";
    /** Defender's own reads before Microsoft.Security is registered: 404 with this code, spaces and all. */
    public static final String SUBSCRIPTION_NOT_REGISTERED = "Subscription Not Registered";
    /** ARM's answer to a write in a namespace the subscription has not registered: 409. */
    public static final String MISSING_REGISTRATION = "MissingSubscriptionRegistration";
    public static final String INVALID_RESOURCE_LOCATION = "InvalidResourceLocation";

    static final Set<String> NOT_REGISTERED = Set.of(SUBSCRIPTION_NOT_REGISTERED, MISSING_REGISTRATION);

    private ArmCodes() {
    }
}
