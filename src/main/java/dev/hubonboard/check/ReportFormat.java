package dev.hubonboard.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubonboard.net.Redact;

/**
 * The report as text (people), JSON (scripts; the field names are the `check` contract) and Markdown (saved from
 * the wizard). A report never holds a token, so none of these can print one. Its words may quote a server (an
 * error's detail, a repository name), so every string goes out through {@link Redact#printable}: no escape sequence
 * or other control character reaches a terminal or a saved file.
 */
public final class ReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportFormat() {
    }

    public static String text(Report r) {
        StringBuilder out = new StringBuilder();
        out.append("Connection test for ").append(shown(r.org())).append(" as ").append(shown(r.username())).append('\n');
        for (CheckResult c : r.checks()) {
            out.append(String.format("  %-4s  %-12s %s%n", c.status().word().toUpperCase(), c.id().id(),
                    shown(c.summary())));
            if (!c.remediation().isEmpty()) {
                out.append("                     Fix: ").append(shown(c.remediation())).append('\n');
            }
        }
        out.append(r.rateLimited() ? "Result: rate-limited: Docker Hub asked to wait longer than the test may take.\n"
                : r.unreachable() ? "Result: Docker Hub could not be reached.\n"
                : r.ready() ? "Result: ready. Enter these values in Defender for Cloud's Docker Hub connector.\n"
                : "Result: not ready. Fix the failed checks and run the test again.\n");
        return out.toString();
    }

    public static ObjectNode json(Report r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("ready", r.ready());
        root.put("rateLimited", r.rateLimited());
        root.put("org", shown(r.org()));
        root.put("username", shown(r.username()));
        ArrayNode checks = root.putArray("checks");
        for (CheckResult c : r.checks()) {
            ObjectNode n = checks.addObject();
            n.put("id", c.id().id());
            n.put("status", c.status().word());
            n.put("summary", shown(c.summary()));
            n.put("remediation", shown(c.remediation()));
        }
        ObjectNode repos = root.putObject("repositories");
        repos.put("total", r.repositories().total());
        repos.put("private", r.repositories().privateCount());
        repos.put("public", r.repositories().publicCount());
        repos.put("pullable", r.repositories().pullable());
        if (r.repositories().expected() == null) {
            repos.putNull("expected");
        } else {
            repos.put("expected", r.repositories().expected());
        }
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
        out.append("# Connection test: ").append(shown(r.org())).append(" as ").append(shown(r.username())).append("\n\n");
        out.append("Finished ").append(r.finishedAt()).append(". Result: **")
                .append(r.rateLimited() ? "rate-limited by Docker Hub" : r.unreachable() ? "Docker Hub unreachable"
                        : r.ready() ? "ready" : "not ready").append("**\n\n");
        out.append("| check | status | summary | fix |\n|---|---|---|---|\n");
        for (CheckResult c : r.checks()) {
            out.append("| ").append(c.id().id()).append(" | ").append(c.status().word()).append(" | ")
                    .append(cell(c.summary())).append(" | ").append(cell(c.remediation())).append(" |\n");
        }
        RepositoryCounts n = r.repositories();
        out.append("\nRepositories: ").append(n.total()).append(" (").append(n.privateCount()).append(" private, ")
                .append(n.publicCount()).append(" public, ").append(n.pullable()).append(" private pullable")
                .append(n.expected() == null ? "" : ", " + n.expected() + " expected").append(").\n");
        return out.toString();
    }

    private static String cell(String s) {
        return shown(s).replace("|", "\\|");
    }

    /** One printable line: a server's words or a repository name never carry escape sequences out. */
    private static String shown(String s) {
        return Redact.printable(s);
    }
}
