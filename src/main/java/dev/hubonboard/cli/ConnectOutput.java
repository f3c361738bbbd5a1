package dev.hubonboard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubonboard.azure.SecurityConnector;
import dev.hubonboard.check.Report;
import dev.hubonboard.check.ReportFormat;
import dev.hubonboard.defender.ConnectorBody;
import dev.hubonboard.defender.ConnectorReview;
import dev.hubonboard.defender.ConnectorSettings;
import dev.hubonboard.defender.ConnectorWritten;
import dev.hubonboard.defender.Plan;
import dev.hubonboard.defender.PreFlight;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code connect} prints. JSON (the contract): one object on stdout,
 * {@code {"action": "created"|"updated"|"dry-run"|"none", "connector": {"id", "name", "resourceGroup", "location",
 * "plans", "scanInterval"} | null, "check": <the check report> | null, "warnings": [...]}} plus {@code "request"} on a
 * dry run and {@code "error": {"code", "message"}} on failure. Text: the check report, the pre-flight and the result
 * on stdout, errors on stderr. Nothing here ever sees the Docker Hub or the Azure token: the request shown is built
 * from the masked body.
 */
final class ConnectOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectOptions options;
    private final PrintStream out;
    private final List<String> warnings = new ArrayList<>();
    private Report report;
    private List<String> changes = List.of();
    private final PrintStream err;

    ConnectOutput(ConnectOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    void warn(String words) {
        warnings.add(words);
    }

    void check(Report r) {
        this.report = r;
        if (!options.json()) {
            out.print(ReportFormat.text(r));
        }
    }

    void preFlight(PreFlight p) {
        warnings.addAll(p.warnings());
        if (!options.json()) {
            out.println("Pre-flight in Azure:");
            p.findings().forEach(f -> out.println("  " + f.line()));
        }
    }

    /** Before a real write: what an update changes and keeps (a dry run prints it with the request). */
    void changes(ConnectorReview review) {
        this.changes = review.changes();
        if (!options.json() && !review.changes().isEmpty()) {
            out.println("The update changes:");
            review.changes().forEach(c -> out.println("  " + c));
        }
    }

    int dryRun(ConnectorSettings s, PreFlight p, ConnectorReview review) {
        if (options.json()) {
            ObjectNode root = root("dry-run");
            ObjectNode c = root.putObject("connector");
            c.put("id", idOf(review.url()));
            c.put("name", p.name());
            c.put("resourceGroup", p.resourceGroup());
            c.put("location", p.location());
            // What would be sent, read from the request itself: an update keeps what was not asked to change.
            com.fasterxml.jackson.databind.JsonNode sent = parse(review.maskedBody());
            List<String> names = new ArrayList<>();
            sent.at("/properties/offerings").forEach(o -> names.add(Plan.ofOfferingType(o.path("offeringType").asText())
                    .map(ConnectOptions::planName).orElse(o.path("offeringType").asText())));
            plans(c, names);
            c.put("scanInterval", sent.at("/properties/environmentData/scanInterval").asInt(s.scanIntervalHours()));
            ObjectNode request = root.putObject("request");
            request.put("method", review.method());
            request.put("url", review.url());
            request.set("body", parse(review.maskedBody()));
            changes(root, review.changes());
            print(root);
        } else {
            out.println("Dry run: nothing was written. The connector would be " + p.action().past() + " with:");
            review.changes().forEach(c -> out.println("  " + c));
            out.println();
            out.println(review.text());
            out.println(review.note());
        }
        return ConnectCommand.WRITTEN;
    }

    int written(ConnectorWritten w, java.util.Optional<String> recordFailed) {
        SecurityConnector c = w.connector();
        w.note().ifPresent(warnings::add);
        recordFailed.ifPresent(warnings::add);
        if (options.json()) {
            ObjectNode root = root(w.action().past());
            recordFailed.ifPresent(f -> root.putObject("record").put("saved", false).put("message", f));
            changes(root, changes);
            ObjectNode n = root.putObject("connector");
            n.put("id", c.id());
            n.put("name", c.name());
            n.put("resourceGroup", c.resourceGroup());
            n.put("location", c.location());
            plans(n, c.offerings().stream().map(o -> Plan.ofOfferingType(o).map(ConnectOptions::planName).orElse(o)).toList());
            n.put("scanInterval", c.scanInterval());
            ObjectNode tags = n.putObject("tags");
            c.tags().forEach(tags::put);
            print(root);
        } else {
            out.println("Connector " + w.action().past() + " and read back: " + c.name() + " in resource group "
                    + c.resourceGroup() + " (" + c.location() + ").");
            out.println("  id: " + c.id());
            out.println("  organization (hierarchyIdentifier): " + c.hierarchyIdentifier() + ", Docker ID: " + c.username());
            out.println("  plans: " + String.join(", ", c.offerings()) + "; scan every " + c.scanInterval() + " h");
            warnings.forEach(x -> out.println("  warning: " + x));
            out.println(ConnectorWritten.NEXT_STEP);
            out.println("  " + ConnectorWritten.PORTAL_LINK);
        }
        return ConnectCommand.WRITTEN;
    }

    /** Prints the failure (JSON: the whole object; text: the message on stderr) and returns the exit code. */
    int fail(int exitCode, String code, String message) {
        if (options.json()) {
            ObjectNode root = root("none");
            root.putNull("connector");
            ObjectNode error = root.putObject("error");
            error.put("code", code);
            error.put("message", message);
            print(root);
        }
        err.println("hub-onboard connect: " + message);
        return exitCode;
    }

    private ObjectNode root(String action) {
        ObjectNode root = JSON.createObjectNode();
        root.put("action", action);
        return root;
    }

    private static void changes(ObjectNode root, List<String> lines) {
        if (!lines.isEmpty()) {
            ArrayNode a = root.putArray("changes");
            lines.forEach(a::add);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // built by us from a tree
        }
    }

    private void plans(ObjectNode node, List<String> names) {
        ArrayNode plans = node.putArray("plans");
        names.forEach(plans::add);
    }

    private void print(ObjectNode root) {
        // Field order of the contract: action, connector, check, warnings (then request / error).
        ObjectNode ordered = JSON.createObjectNode();
        ordered.set("action", root.get("action"));
        ordered.set("connector", root.has("connector") ? root.get("connector") : JSON.nullNode());
        ordered.set("check", report == null ? JSON.nullNode() : ReportFormat.json(report));
        ArrayNode w = ordered.putArray("warnings");
        warnings.forEach(w::add);
        if (root.has("request")) {
            ordered.set("request", root.get("request"));
        }
        if (root.has("changes")) {
            ordered.set("changes", root.get("changes"));
        }
        if (root.has("record")) {
            ordered.set("record", root.get("record"));
        }
        if (root.has("error")) {
            ordered.set("error", root.get("error"));
        }
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ordered));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
        out.flush();
    }

    /** The resource ID from the connector's URL: its path without the query. */
    private static String idOf(String url) {
        okhttp3.HttpUrl u = okhttp3.HttpUrl.parse(url);
        return u == null ? "" : u.encodedPath();
    }
}
