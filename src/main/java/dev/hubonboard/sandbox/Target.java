package dev.hubonboard.sandbox;

/** The three servers of the practice Hub; faults and the request log are kept per server. */
public enum Target {
    /** The Hub API (hub.docker.com). */
    HUB,
    /** The registry token service (auth.docker.io/token). */
    AUTH,
    /** The registry (registry-1.docker.io). */
    REGISTRY
}
