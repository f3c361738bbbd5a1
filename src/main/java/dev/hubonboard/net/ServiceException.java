package dev.hubonboard.net;

/**
 * A call to Docker Hub, its token service or its registry did not succeed. Subclasses name the cause in the
 * domain's words. Messages carry the HTTP status and the server's own words, never a credential.
 */
public abstract class ServiceException extends Exception {
    private final int status;
    private final String detail;

    protected ServiceException(String message, int status, String detail, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.detail = detail == null ? "" : detail;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** The server's own words ({@code detail}, {@code message} or a registry error message), or "". */
    public String detail() {
        return detail;
    }
}
