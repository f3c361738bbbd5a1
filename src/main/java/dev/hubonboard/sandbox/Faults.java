package dev.hubonboard.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** Faults queued for the next matching requests. Rules are tried in the order they were added. */
public final class Faults {

    private static final class Rule {
        final Target target;
        final String pathPrefix;
        final Fault fault;
        int remaining;

        Rule(Target target, String pathPrefix, int times, Fault fault) {
            this.target = target;
            this.pathPrefix = pathPrefix;
            this.remaining = times;
            this.fault = fault;
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    /**
     * Plays {@code fault} for the next {@code times} requests to {@code target} whose path starts with
     * {@code pathPrefix} (use {@code "/"} for any path).
     */
    public synchronized Faults next(Target target, String pathPrefix, int times, Fault fault) {
        Objects.requireNonNull(target);
        Objects.requireNonNull(pathPrefix);
        Objects.requireNonNull(fault);
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        rules.add(new Rule(target, pathPrefix, times, fault));
        return this;
    }

    /** Forgets every queued fault. */
    public synchronized void clear() {
        rules.clear();
    }

    /** Number of fault plays still queued. */
    public synchronized int pending() {
        return rules.stream().mapToInt(r -> r.remaining).sum();
    }

    /** Takes one play of the first rule matching this request, if any. */
    synchronized Fault take(Target target, String path) {
        Iterator<Rule> it = rules.iterator();
        while (it.hasNext()) {
            Rule rule = it.next();
            if (rule.target == target && path.startsWith(rule.pathPrefix)) {
                if (--rule.remaining == 0) {
                    it.remove();
                }
                return rule.fault;
            }
        }
        return null;
    }

    static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized String toString() {
        return "Faults[" + pending() + " pending]";
    }
}
