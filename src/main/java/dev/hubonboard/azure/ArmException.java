package dev.hubonboard.azure;

import dev.hubonboard.net.ServiceException;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Azure Resource Manager refused a call. Carries Azure's own {@code error.code} and (redacted) message, and for a
 * refusal of access the role that would allow it, in words. Never a token: see {@link ArmClient}.
 */
public final class ArmException extends ServiceException {

    /** What kind of refusal, so callers branch on a type and not on words. */
    public enum Kind {
        /** 401: the Azure sign-in is missing, expired or for another tenant: `az login`. */
        SIGN_IN,
        /** 403: the signed-in account lacks a role (AuthorizationFailed) or a policy forbids it. */
        FORBIDDEN,
        NOT_FOUND,
        /** 409, e.g. MissingSubscriptionRegistration: the Microsoft.Security provider is not registered. */
        CONFLICT,
        /** 400: Azure did not accept the request's content. */
        INVALID,
        /** 429 with a longer wait than we sit through. */
        RATE_LIMITED,
        /** An answer we could not use (not JSON, another host's link, another status). */
        OTHER
    }

    private final Kind kind;
    private final String code;
    private final String roleNeeded;
    private final Duration retryAfter;
    private final String action;
    private final String tenant;

    ArmException(Kind kind, int status, String code, String message, String detail, String roleNeeded,
                 Duration retryAfter) {
        this(kind, status, code, message, detail, roleNeeded, retryAfter, null, null);
    }

    ArmException(Kind kind, int status, String code, String message, String detail, String roleNeeded,
                 Duration retryAfter, String action, String tenant) {
        super(message, status, detail, null);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = code == null ? "" : code;
        this.roleNeeded = roleNeeded;
        this.retryAfter = retryAfter;
        this.action = action;
        this.tenant = tenant;
    }

    /**
     * True when Azure says Microsoft.Security is not registered on the subscription: Defender's 404
     * "Subscription Not Registered" or ARM's 409 MissingSubscriptionRegistration (by code, never by message).
     */
    public boolean notRegistered() {
        return ArmCodes.NOT_REGISTERED.contains(code);
    }

    /** 403 AuthorizationFailed (or another 403): the caller's role does not cover the call. */
    public boolean forbidden() {
        return kind == Kind.FORBIDDEN;
    }

    /** The Azure action the refused call needed ({@code Microsoft.Security/pricings/read}), when known. */
    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    /** For InvalidAuthenticationTokenTenant: the subscription's tenant, from Azure's WWW-Authenticate challenge. */
    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    public Kind kind() {
        return kind;
    }

    /** Azure's {@code error.code} (AuthorizationFailed, ResourceGroupNotFound, …), or "". */
    public String code() {
        return code;
    }

    /** For {@link Kind#FORBIDDEN}: the role that allows the call, in words. */
    public Optional<String> roleNeeded() {
        return Optional.ofNullable(roleNeeded);
    }

    /** For {@link Kind#RATE_LIMITED}: how long Azure asked to wait. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
