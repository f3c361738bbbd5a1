package dev.hubonboard.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.check.Report;
import dev.hubonboard.check.ReportFormat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The connection report as an onboarding keeps it, written ({@link #saved}) and read ({@link #parse}) here and
 * nowhere else: the `check` JSON ({@link ReportFormat#json}, with {@code rateLimited}) plus {@code finishedAt} and
 * {@code unreachable}, which that contract leaves out but Connections shows. Reports saved without them still parse,
 * with the time unknown (and, without {@code rateLimited}, a rate-limited test as unreachable, as it was saved).
 *
 * @param state      never tested, ready, not ready, unreachable, rate-limited (Docker Hub asked to wait longer than
 *                   the test may take), or unreadable (a file edited by hand)
 * @param finishedAt when the test ran, if the JSON says
 * @param failure    the first failed check's summary, when not ready
 */
public record LastTest(State state, Optional<Instant> finishedAt, Optional<String> failure) {

    public enum State { NEVER, READY, NOT_READY, UNREACHABLE, RATE_LIMITED, UNREADABLE }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final LastTest NEVER = new LastTest(State.NEVER, Optional.empty(), Optional.empty());

    /** The report as the onboarding saves it. */
    public static String saved(Report r) {
        var root = ReportFormat.json(r);
        root.put("unreachable", r.unreachable());
        root.put("finishedAt", r.finishedAt().toString());
        return root.toPrettyString();
    }

    /** Reads a saved report; empty or missing means never tested, anything not understood means unreadable. */
    public static LastTest parse(Optional<String> json) {
        if (json.isEmpty() || json.get().isBlank()) {
            return NEVER;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json.get());
        } catch (Exception e) {
            return new LastTest(State.UNREADABLE, Optional.empty(), Optional.empty());
        }
        if (root == null || !root.isObject() || !root.path("ready").isBoolean()) {
            return new LastTest(State.UNREADABLE, Optional.empty(), Optional.empty());
        }
        Optional<Instant> when = Optional.empty();
        if (root.path("finishedAt").isTextual()) {
            try {
                when = Optional.of(Instant.parse(root.path("finishedAt").asText()));
            } catch (DateTimeParseException ignored) {
                // an unknown time is shown as such; the verdict is still worth showing
            }
        }
        Optional<String> failure = Optional.empty();
        for (JsonNode check : root.path("checks")) {
            if ("fail".equals(check.path("status").asText())) {
                failure = Optional.of(check.path("summary").asText(check.path("id").asText("a check failed")));
                break;
            }
        }
        State state = root.path("rateLimited").asBoolean(false) ? State.RATE_LIMITED
                : root.path("unreachable").asBoolean(false) ? State.UNREACHABLE
                : root.path("ready").asBoolean() ? State.READY : State.NOT_READY;
        return new LastTest(state, when, failure);
    }

    /** One line for the row, e.g. "Ready (tested Nov 24, 2026, 09:30 UTC)": the app's one format, {@link When}. */
    public String describe(ZoneId zone) {
        String time = finishedAt.map(t -> " (tested " + When.of(t, zone) + ")").orElse(" (time not recorded)");
        return switch (state) {
            case NEVER -> "Not tested yet";
            case READY -> "Ready" + time;
            case NOT_READY -> "Not ready" + time + failure.map(f -> ": " + f).orElse("");
            case UNREACHABLE -> "Docker Hub could not be reached" + time;
            case RATE_LIMITED -> "Rate-limited: Docker Hub asked to wait longer than the test may take" + time;
            case UNREADABLE -> "The saved test result could not be read; run Re-test";
        };
    }
}
