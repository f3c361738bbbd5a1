package dev.hubonboard.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small helpers over {@link HttpExchange}: JSON in and out, query parameters, credentials. */
final class Http {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Http() {
    }

    /** Ends a route with an error response; the server turns it into the reply. */
    static final class HttpError extends RuntimeException {
        final int status;
        final Object body;
        final Map<String, String> headers;

        HttpError(int status, Object body, Map<String, String> headers) {
            super("HTTP " + status, null, false, false);
            this.status = status;
            this.body = body;
            this.headers = headers;
        }

        HttpError(int status, Object body) {
            this(status, body, Map.of());
        }
    }

    /** Hub API error body: Docker sends both {@code detail} and {@code message} on many routes. */
    static Map<String, Object> hubError(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", text);
        body.put("message", text);
        return body;
    }

    /** Token service error body: note {@code details}, plural, as auth.docker.io sends it. */
    static Map<String, Object> authError(String text) {
        return Map.of("details", text);
    }

    /** Registry (distribution) error body. */
    static Map<String, Object> registryError(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("detail", null);
        return Map.of("errors", List.of(error));
    }

    /** The error body a server of this kind would send. */
    static Map<String, Object> errorFor(Target target, int status, String text) {
        return switch (target) {
            case HUB -> hubError(text);
            case AUTH -> authError(text);
            case REGISTRY -> registryError(registryCode(status), text);
        };
    }

    private static String registryCode(int status) {
        return switch (status) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "DENIED";
            case 404 -> "NAME_UNKNOWN";
            case 429 -> "TOOMANYREQUESTS";
            default -> "UNAVAILABLE";
        };
    }

    static void json(HttpExchange exchange, int status, Object body, Map<String, String> headers) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        send(exchange, status, "application/json", bytes, headers);
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        json(exchange, status, body, Map.of());
    }

    static void text(HttpExchange exchange, int status, String contentType, String body, Map<String, String> headers)
            throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static void empty(HttpExchange exchange, int status, Map<String, String> headers) throws IOException {
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes,
                             Map<String, String> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach(exchange.getResponseHeaders()::set);
        // HEAD answers carry headers only; the JDK server refuses a body for them.
        if ("HEAD".equals(exchange.getRequestMethod()) || status == 204) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Query parameters, decoded, keeping repeats in order ({@code scope} repeats on the token service). */
    static Map<String, List<String>> query(HttpExchange exchange) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }

    /** A positive integer query parameter, or a 400 naming it. */
    static int intParam(Map<String, List<String>> params, String name, int fallback) {
        String value = first(params, name, null);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the 400 below
        }
        throw new HttpError(400, hubError("invalid value for " + name + ": must be a positive integer"));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The request body as a JSON object, or a 400. */
    static Map<String, Object> readObject(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            Map<String, Object> body = MAPPER.readValue(bytes, new TypeReference<>() {
            });
            if (body == null) {
                throw new HttpError(400, hubError("request body must be a JSON object"));
            }
            return body;
        } catch (IOException e) {
            throw new HttpError(400, hubError("request body must be a JSON object"));
        }
    }

    static String string(Map<String, Object> body, String name) {
        return body.get(name) instanceof String s ? s : null;
    }

    /** The bearer token of the request, if any. Docker's own tools also send {@code JWT <token>}. */
    static Optional<String> bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        for (String scheme : List.of("Bearer ", "JWT ")) {
            if (header.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return Optional.of(header.substring(scheme.length()).trim());
            }
        }
        return Optional.empty();
    }

    /** {@code username:secret} from Basic authentication; empty when absent; a 401 when unreadable. */
    static Optional<String[]> basic(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new HttpError(401, authError("incorrect username or password"));
            }
            return Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            throw new HttpError(401, authError("incorrect username or password"));
        }
    }
}
