package dev.hubonboard.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the practice Hub was asked, as {@code "METHOD path?query"} lines per server.
 * Only the request line is kept: headers (Authorization) and bodies (passwords, tokens) never are.
 */
public final class RequestLog {

    /** One request seen by one server. */
    public record Entry(Target target, String line) {
    }

    /** Query parameters a careless client might use for a secret; their values are never kept. */
    private static final Set<String> SECRET_PARAMETERS = Set.of("password", "secret", "token", "access_token", "code");

    private final List<Entry> entries = new ArrayList<>();

    synchronized void record(Target target, String method, String rawPath, String rawQuery) {
        String line = method + " " + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + redact(rawQuery));
        entries.add(new Entry(target, line));
    }

    private static String redact(String rawQuery) {
        StringBuilder sb = new StringBuilder();
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            boolean secret = eq >= 0 && SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
            sb.append(sb.isEmpty() ? "" : "&").append(secret ? name + "=REDACTED" : pair);
        }
        return sb.toString();
    }

    public synchronized int count() {
        return entries.size();
    }

    public synchronized int count(Target target) {
        return (int) entries.stream().filter(e -> e.target() == target).count();
    }

    /** All lines, in arrival order, across servers. */
    public synchronized List<String> entries() {
        return entries.stream().map(Entry::line).toList();
    }

    public synchronized List<String> entries(Target target) {
        return entries.stream().filter(e -> e.target() == target).map(Entry::line).toList();
    }

    public synchronized List<Entry> all() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }

    @Override
    public synchronized String toString() {
        return "RequestLog[" + entries.size() + " requests]";
    }
}
