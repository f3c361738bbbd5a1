package dev.hubonboard.net;

/** No usable answer: refused, DNS, TLS, timeout, or 5xx still failing after the allowed retries. */
public final class UnreachableException extends ServiceException {
    public UnreachableException(String message, int status, Throwable cause) {
        super(message, status, "", cause);
    }
}
