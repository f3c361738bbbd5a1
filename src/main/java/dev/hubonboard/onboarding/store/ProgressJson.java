package dev.hubonboard.onboarding.store;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The saved-progress file format, written by hand so the file holds exactly the fields listed here and nothing
 * else (no token, no password). Instants are ISO-8601 strings, dates ISO local dates.
 */
final class ProgressJson {

    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProgressJson() {
    }

    /** Thrown for a file that is not JSON, misses fields or holds values this version cannot use. */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Thrown for a file written by a newer version of Hub Onboard. */
    static final class Newer extends Exception {
        final int version;

        Newer(int version) {
            super("schema version " + version);
            this.version = version;
        }
    }

    static byte[] write(Onboarding.Saved s) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("organization", s.organization());
        root.put("ownerMode", s.ownerMode() == null ? null : s.ownerMode().name());
        if (s.invitee() == null) {
            root.putNull("invitee");
        } else {
            ObjectNode invitee = root.putObject("invitee");
            invitee.put("email", s.invitee().email());
            invitee.put("dockerId", s.invitee().dockerId());
        }
        root.put("dedicatedDockerId", s.dedicatedDockerId());
        root.put("inviteId", s.inviteId());
        root.put("created", s.created().toString());
        root.put("updated", s.updated().toString());
        root.put("tokenExpiry", s.tokenExpiry() == null ? null : s.tokenExpiry().toString());
        root.put("lastConnectionReport", s.lastConnectionReport());
        // Names only (not secret). Added without a schema bump: older files simply lack it, older apps ignore it.
        var expected = root.putArray("expectedRepositories");
        s.expectedRepositories().forEach(expected::add);
        var kept = root.putArray("keychainDockerIds"); // names only; where "remove" looks for keychain entries
        s.keychainDockerIds().forEach(kept::add);
        ObjectNode steps = root.putObject("steps");
        s.states().forEach((step, state) -> {
            ObjectNode n = steps.putObject(step.name());
            n.put("status", state.status().name());
            n.put("reason", state.reason());
            n.put("at", state.at() == null ? null : state.at().toString());
        });
        return MAPPER.writeValueAsBytes(root);
    }

    static Onboarding.Saved read(byte[] bytes) throws Unreadable, Newer {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new Unreadable("it is not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new Unreadable("it is not valid JSON (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new Unreadable("it is not a JSON object", null);
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new Unreadable("it has no schemaVersion", null);
        }
        if (version.intValue() > SCHEMA_VERSION) {
            throw new Newer(version.intValue());
        }
        if (version.intValue() < 1) {
            throw new Unreadable("its schemaVersion " + version.intValue() + " is not valid", null);
        }
        try {
            Map<Step, StepState> states = new EnumMap<>(Step.class);
            for (Step step : Step.values()) {
                states.put(step, StepState.NOT_STARTED);
            }
            JsonNode steps = required(root, "steps");
            for (Iterator<Map.Entry<String, JsonNode>> it = steps.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode n = e.getValue();
                states.put(Step.valueOf(e.getKey()), new StepState(
                        StepState.Status.valueOf(required(n, "status").asText()),
                        text(n, "reason"), instant(text(n, "at"))));
            }
            JsonNode inv = root.get("invitee");
            Invitee invitee = inv == null || inv.isNull() ? null : new Invitee(text(inv, "email"), text(inv, "dockerId"));
            String mode = text(root, "ownerMode");
            String expiry = text(root, "tokenExpiry");
            java.util.List<String> expectedRepositories = new java.util.ArrayList<>();
            JsonNode expected = root.get("expectedRepositories");
            if (expected != null && expected.isArray()) {
                expected.forEach(n -> expectedRepositories.add(n.asText()));
            }
            java.util.List<String> keychainDockerIds = new java.util.ArrayList<>();
            JsonNode kept = root.get("keychainDockerIds");
            if (kept != null && kept.isArray()) {
                kept.forEach(n -> keychainDockerIds.add(n.asText()));
            }
            return new Onboarding.Saved(
                    required(root, "organization").asText(),
                    mode == null ? null : OwnerMode.valueOf(mode),
                    invitee,
                    text(root, "dedicatedDockerId"),
                    text(root, "inviteId"),
                    states,
                    instant(required(root, "created").asText()),
                    instant(required(root, "updated").asText()),
                    expiry == null ? null : LocalDate.parse(expiry),
                    text(root, "lastConnectionReport"),
                    expectedRepositories,
                    keychainDockerIds);
        } catch (RuntimeException e) {
            throw new Unreadable("its content is not valid (" + e.getMessage() + ")", e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
