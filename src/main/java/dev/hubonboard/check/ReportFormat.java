package dev.hubonboard.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as text (people), JSON (scripts; the field names are the `check` contract) and Markdown (saved from
 * the wizard). A report never holds a token, so none of these can print one.
 */
public final class ReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportFormat() {
    }

    public static String text(Report r) {
        StringBuilder out = new StringBuilder();
        out.append("Connection test for ").append(r.org()).append(" as ").append(r.username()).append('\n');
        for (CheckResult c : r.checks()) {
            out.append(String.format("  %-4s  %-12s %s%n", c.status().word().toUpperCase(), c.id().id(), c.summary()));
            if (!c.remediation().isEmpty()) {
                out.append("                     Fix: ").append(c.remediation()).append('\n');
            }
        }
        out.append(r.unreachable() ? "Result: Docker Hub could not be reached.\n"
                : r.ready() ? "Result: ready. Enter these values in Defender for Cloud's Docker Hub connector.\n"
                : "Result: not ready. Fix the failed checks and run the test again.\n");
        return out.toString();
    }

    public static ObjectNode json(Report r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("ready", r.ready());
        root.put("org", r.org());
        root.put("username", r.username());
        ArrayNode checks = root.putArray("checks");
        for (CheckResult c : r.checks()) {
            ObjectNode n = checks.addObject();
            n.put("id", c.id().id());
            n.put("status", c.status().word());
            n.put("summary", c.summary());
            n.put("remediation", c.remediation());
        }
        ObjectNode repos = root.putObject("repositories");
        repos.put("total", r.repositories().total());
        repos.put("private", r.repositories().privateCount());
        repos.put("public", r.repositories().publicCount());
        repos.put("pullable", r.repositories().pullable());
        r.rateLimit().ifPresentOrElse(l -> {
            ObjectNode rl = root.putObject("rateLimit");
            rl.put("limit", l.limit());
            rl.put("remaining", l.remaining());
            rl.put("windowSeconds", l.windowSeconds());
        }, () -> root.putNull("rateLimit"));
        return root;
    }

    public static String jsonText(Report r) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }

    public static String markdown(Report r) {
        StringBuilder out = new StringBuilder();
        out.append("# Connection test: ").append(r.org()).append(" as ").append(r.username()).append("\n\n");
        out.append("Finished ").append(r.finishedAt()).append(". Result: **")
                .append(r.unreachable() ? "Docker Hub unreachable" : r.ready() ? "ready" : "not ready").append("**\n\n");
        out.append("| check | status | summary | fix |\n|---|---|---|---|\n");
        for (CheckResult c : r.checks()) {
            out.append("| ").append(c.id().id()).append(" | ").append(c.status().word()).append(" | ")
                    .append(cell(c.summary())).append(" | ").append(cell(c.remediation())).append(" |\n");
        }
        RepositoryCounts n = r.repositories();
        out.append("\nRepositories: ").append(n.total()).append(" (").append(n.privateCount()).append(" private, ")
                .append(n.publicCount()).append(" public, ").append(n.pullable()).append(" private pullable).\n");
        return out.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
