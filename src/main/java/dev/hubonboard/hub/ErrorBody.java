package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an error response says, read defensively. Docker Hub answers errors as {@code {"detail","message"}},
 * {@code {"errinfo","detail","message"}}, {@code {"fields","text"}}, or plain text / HTML from a proxy.
 * Parsing never throws: an unreadable body gives an empty detail.
 *
 * @param detail        the server's own words, whole: masked and shortened by the caller, in that order
 *                      ({@code Secrets#forPeople}), so a cut never splits a secret
 * @param searchable    all the words together in lower case, for recognising known causes
 * @param login2faToken present when a password login needs a second factor
 */
record ErrorBody(String detail, String searchable, String login2faToken) {
    /** The 2FA challenge is a short-lived credential: never part of the printed form. */
    @Override
    public String toString() {
        return "ErrorBody[detail=" + dev.hubonboard.net.Redact.tokenShapes(detail) + ", login2faToken=" + (login2faToken == null ? "none" : "***") + "]";
    }

    /** The longest detail a message quotes (after masking). */
    static final int MAX_DETAIL = 300;

    static ErrorBody parse(String raw) {
        try {
            return parseUnsafe(raw == null ? "" : raw);
        } catch (RuntimeException e) {
            return new ErrorBody("", "", null);
        }
    }

    private static ErrorBody parseUnsafe(String raw) {
        String trimmed = raw.strip();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode node = Json.MAPPER.readTree(trimmed);
                if (node != null && node.isObject()) {
                    return fromJson(node);
                }
            } catch (Exception e) {
                // Not JSON after all: fall through to plain text.
            }
        }
        String text = trimmed.startsWith("<") ? htmlText(trimmed) : trimmed;
        text = text.replaceAll("\\s+", " ").strip();
        return new ErrorBody(text, text.toLowerCase(Locale.ROOT), null);
    }

    private static ErrorBody fromJson(JsonNode node) {
        List<String> parts = new ArrayList<>();
        add(parts, text(node.get("detail")));
        add(parts, text(node.get("details"))); // the registry's spelling
        add(parts, text(node.get("message")));
        add(parts, text(node.get("text")));
        add(parts, text(node.get("error")));
        add(parts, fields(node.get("fields")));
        JsonNode errors = node.get("errors");
        if (errors != null && errors.isArray()) {
            for (JsonNode e : errors) {
                add(parts, text(e.get("message")));
            }
        }
        String detail = String.join(" – ", parts);
        String token = text(node.get("login_2fa_token"));
        return new ErrorBody(detail, detail.toLowerCase(Locale.ROOT), token.isBlank() ? null : token);
    }

    private static void add(List<String> parts, String part) {
        if (!part.isBlank() && parts.stream().noneMatch(p -> p.equalsIgnoreCase(part))) {
            parts.add(part.strip());
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText("") : "";
    }

    /** {"fields": {"invitees": ["not valid"]}} becomes "invitees: not valid". */
    private static String fields(JsonNode node) {
        if (node == null || !node.isObject()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            List<String> msgs = new ArrayList<>();
            if (f.getValue().isArray()) {
                f.getValue().forEach(v -> msgs.add(v.isValueNode() ? v.asText() : v.toString()));
            } else {
                msgs.add(f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
            }
            out.add(f.getKey() + ": " + String.join(", ", msgs));
        }
        return String.join("; ", out);
    }

    private static String htmlText(String html) {
        var title = java.util.regex.Pattern.compile("(?is)<title[^>]*>(.*?)</title>").matcher(html);
        if (title.find() && !title.group(1).isBlank()) {
            return title.group(1);
        }
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
    }
}
