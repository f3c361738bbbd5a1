package dev.hubonboard.net;

import okhttp3.Response;

import java.io.IOException;

/** Reading error bodies defensively: bounded in size, never throwing. */
public final class Bodies {
    private static final long MAX_ERROR_BODY = 16 * 1024;

    private Bodies() {
    }

    /** Up to 16 KiB of the body as text, or "" when it cannot be read. */
    public static String peekText(Response response) {
        try {
            return response.peekBody(MAX_ERROR_BODY).string();
        } catch (IOException | IllegalStateException e) {
            return "";
        }
    }
}
