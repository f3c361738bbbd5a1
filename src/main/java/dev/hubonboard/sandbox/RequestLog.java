package dev.hubonboard.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * What the practice Hub was asked, as {@code "METHOD path?query"} lines per server.
 * Only the request line is kept: headers (Authorization) and bodies (passwords, tokens) never are.
 */
public final class RequestLog {

    /** One request seen by one server. */
    public record Entry(Target target, String line) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void record(Target target, String method, String rawPath, String rawQuery) {
        String line = method + " " + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
        entries.add(new Entry(target, line));
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
