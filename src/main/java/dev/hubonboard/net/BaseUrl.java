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
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(field + ": enter a URL of the form https://host");
        }
        HttpUrl parsed = HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException(field + ": \"" + echo(url) + "\" is not a URL; use the form https://host");
        }
        requireSecure(field, parsed);
        return parsed;
    }

    /** The input as typed, for the message: one line, at most 80 characters. */
    private static String echo(String url) {
        String oneLine = Redact.tokenShapes(url.strip().replaceAll("\\p{Cntrl}", " "));
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }

    /** Credentials must never travel in clear text to anything but this machine. */
    public static void requireSecure(String field, HttpUrl url) {
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException(field + ": " + url.scheme() + "://" + url.host()
                    + " is not allowed; use https:// (plain http only for localhost)");
        }
    }

    /**
     * True for {@code localhost} and loopback address literals (127.0.0.0/8, ::1). Never resolves a name: that
     * would be a network call (seconds where DNS is slow or absent) and would let DNS decide where plain http goes.
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (IPV4.matcher(h).matches()) {
            String[] octets = h.split("\\.");
            for (String o : octets) {
                if (Integer.parseInt(o) > 255) {
                    return false;
                }
            }
            return octets[0].equals("127");
        }
        if (h.indexOf(':') >= 0 && h.matches("[0-9a-fA-F:.]+")) {
            try {
                // With a ':' this is parsed as an IPv6 literal, never looked up.
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (Exception e) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
}
