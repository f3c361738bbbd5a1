package dev.hubonboard.net;

import okhttp3.HttpUrl;

import java.net.InetAddress;

/** Base URLs are HTTPS, except on loopback where the practice Hub and tests run on plain HTTP. */
public final class BaseUrl {
    private BaseUrl() {
    }

    /**
     * @param field the option or field the URL came from, named in the message
     * @throws IllegalArgumentException with a message that names the field and the fix
     */
    public static HttpUrl parse(String field, String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException(field + ": \"" + url + "\" is not a URL; use the form https://host");
        }
        requireSecure(field, parsed);
        return parsed;
    }

    /** Credentials must never travel in clear text to anything but this machine. */
    public static void requireSecure(String field, HttpUrl url) {
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException(field + ": " + url.scheme() + "://" + url.host()
                    + " is not allowed; use https:// (plain http only for localhost)");
        }
    }

    public static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        // Only literal addresses: resolving a name here would be a network call.
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }
}
