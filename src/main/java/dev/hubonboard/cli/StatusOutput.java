package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubonboard.defender.SavedConnector;
import dev.hubonboard.onboarding.LastTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code status} prints. Text for people: a header naming the folder, mode and zone, one aligned line per
 * onboarding, each reason on an indented line under it, and a count. JSON for scripts (the field names are a
 * contract, documented in README): {@code {"mode", "folder", "generatedAt", "zone", "warnDays", "ok",
 * "onboardings": [{"organization", "dockerId", "step", "lastTest": {"result", "at", "failure"}, "token": {"expires",
 * "daysLeft"}, "connector": {"name", "resourceGroup", "subscriptionId", "location", "lastWritten"} | null,
 * "problem", "ok", "reasons": [{"code", "message"}]}]}}. Nothing saved holds a token, so nothing here can print one.
 */
final class StatusOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> HEADINGS = List.of("ORGANIZATION", "DOCKER ID", "STEP", "LAST TEST",
            "TOKEN EXPIRES", "CONNECTOR");

    private StatusOutput() {
    }

    static String json(boolean practice, Path folder, StatusOptions options, List<StatusRow> rows, StatusTimes times) {
        ObjectNode root = JSON.createObjectNode();
        root.put("mode", practice ? "practice" : "real");
        root.put("folder", folder.toString());
        root.put("generatedAt", times.now().toString());
        root.put("zone", times.zone());
        root.put("warnDays", options.warnDays());
        root.put("ok", rows.stream().allMatch(StatusRow::fine));
        ArrayNode list = root.putArray("onboardings");
        for (StatusRow r : rows) {
            ObjectNode n = list.addObject();
            n.put("organization", r.organization());
            n.put("dockerId", r.dockerId().orElse(null));
            n.put("step", r.problem().isPresent() ? null : r.stepId());
            ObjectNode test = n.putObject("lastTest");
            test.put("result", result(r.lastTest().state()));
            test.put("at", r.lastTest().finishedAt().map(Object::toString).orElse(null));
            test.put("failure", r.lastTest().failure().orElse(null));
            ObjectNode token = n.putObject("token");
            token.put("expires", r.tokenExpiry().map(Object::toString).orElse(null));
            if (r.daysLeft().isPresent()) {
                token.put("daysLeft", r.daysLeft().get());
            } else {
                token.putNull("daysLeft");
            }
            if (r.connector().isPresent()) {
                SavedConnector c = r.connector().get();
                ObjectNode con = n.putObject("connector");
                con.put("name", c.name());
                con.put("resourceGroup", c.resourceGroup());
                con.put("subscriptionId", c.subscriptionId());
                con.put("location", c.location());
                con.put("lastWritten", c.lastWritten().map(Object::toString).orElse(null));
            } else {
                n.putNull("connector");
            }
            n.put("problem", r.problem().orElse(null));
            n.put("ok", r.fine());
            ArrayNode reasons = n.putArray("reasons");
            r.reasons().forEach(reason -> reasons.addObject().put("code", reason.code().code)
                    .put("message", reason.message()));
        }
        return root.toPrettyString() + "\n";
    }

    static String text(boolean practice, Path folder, StatusOptions options, List<StatusRow> rows, StatusTimes times) {
        StringBuilder sb = new StringBuilder();
        String mode = practice ? "practice (--sandbox)" : "real use";
        if (rows.isEmpty()) {
            return sb.append("No onboarding is saved for ").append(mode).append(" in ").append(folder).append(".\n")
                    .append(practice ? "" : "Onboardings made with --sandbox are listed by status --sandbox.\n")
                    .toString();
        }
        sb.append("Onboardings saved for ").append(mode).append(" in ").append(folder).append('\n')
                .append("Today ").append(times.today()).append(", times in ").append(times.zone())
                .append("; a token needs attention from ").append(options.warnDays()).append(" days before it expires.\n\n");
        List<List<String>> table = new ArrayList<>();
        table.add(HEADINGS);
        for (StatusRow r : rows) {
            table.add(r.problem().isPresent()
                    ? List.of(r.organization(), "?", "unreadable", "-", "-", "-")
                    : List.of(r.organization(), r.dockerId().orElse("-"),
                    r.nextStep().map(s -> "next: " + s.title()).orElse("finished"), lastTest(r.lastTest(), times),
                    expiry(r), connector(r, times)));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> line : table) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (int row = 0; row < table.size(); row++) {
            List<String> line = table.get(row);
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                l.append(i == widths.length - 1 ? line.get(i) : pad(line.get(i), widths[i] + 2));
            }
            sb.append(l.toString().stripTrailing()).append('\n');
            if (row > 0) {
                rows.get(row - 1).reasons().forEach(reason -> sb.append("  ! ").append(reason.code().code)
                        .append(": ").append(reason.message()).append('\n'));
            }
        }
        long attention = rows.stream().filter(r -> !r.fine()).count();
        sb.append('\n').append(rows.size()).append(rows.size() == 1 ? " onboarding: " : " onboardings: ")
                .append(attention == 0 ? "all fine." : attention + " " + (attention == 1 ? "needs" : "need")
                        + " attention.").append('\n');
        return sb.toString();
    }

    static String result(LastTest.State state) {
        return switch (state) {
            case NEVER -> "never";
            case READY -> "ready";
            case NOT_READY -> "not-ready";
            case UNREACHABLE -> "unreachable";
            case RATE_LIMITED -> "rate-limited";
            case UNREADABLE -> "unreadable";
        };
    }

    private static String lastTest(LastTest t, StatusTimes times) {
        String when = t.finishedAt().map(times::format).orElse("time not recorded");
        return switch (t.state()) {
            case NEVER -> "never tested";
            case READY -> "ready, " + when;
            case NOT_READY -> "NOT READY, " + when;
            case UNREACHABLE -> "Hub unreachable, " + when;
            case RATE_LIMITED -> "Hub rate-limited, " + when;
            case UNREADABLE -> "unreadable";
        };
    }

    private static String expiry(StatusRow r) {
        if (r.tokenExpiry().isEmpty()) {
            return "not recorded";
        }
        long d = r.daysLeft().orElseThrow();
        return r.tokenExpiry().get() + " (" + (d < 0 ? "expired " + StatusTimes.in(d) : StatusTimes.in(d)) + ")";
    }

    private static String connector(StatusRow r, StatusTimes times) {
        return r.connector().map(c -> c.name() + " in " + c.resourceGroup() + ", "
                        + c.lastWritten().map(at -> "written " + times.format(at)).orElse("not written yet"))
                .orElse("none saved");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
