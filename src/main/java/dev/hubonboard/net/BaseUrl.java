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
        if (hasUserInfo(url.trim())) {
            // https://management.azure.com@evil.example goes to evil.example; what is before the @ may be a password.
            throw new IllegalArgumentException(field + ": a URL with a user name or password before the host is not "
                    + "allowed: it hides where requests really go (here " + parsed.host() + "). Use the form "
                    + "https://host, without \"…@\".");
        }
        requireSecure(field, parsed);
        return parsed;
    }

    /**
     * Whether the authority (between {@code //} and the first {@code / \ ? #}, as OkHttp reads it) holds a user-info
     * part. Read from the text, not the parsed URL, so that an empty one ({@code https://@host}) counts too.
     */
    static boolean hasUserInfo(String url) {
        int start = url.indexOf("//");
        if (start < 0) {
            return url.indexOf('@') >= 0;
        }
        int i = start + 2;
        while (i < url.length() && "/\\?#".indexOf(url.charAt(i)) < 0) {
            if (url.charAt(i) == '@') {
                return true;
            }
            i++;
        }
        return false;
    }

    /** Whether {@code url} names the same scheme, host and port as {@code standard} (a client's default URL). */
    public static boolean sameHost(HttpUrl url, String standard) {
        HttpUrl s = HttpUrl.get(standard);
        return url.scheme().equals(s.scheme()) && url.host().equals(s.host()) && url.port() == s.port();
    }

    /** The input as typed, for the message: one printable line, token shapes masked, at most 80 characters. */
    private static String echo(String url) {
        return Redact.forPeople(url.strip(), 80, java.util.List.of());
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
