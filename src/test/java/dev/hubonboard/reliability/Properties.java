package dev.hubonboard.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the generated inputs of every property class and prints the running total after each. */
final class Properties {
    private static final Map<String, Long> TRIED = new ConcurrentSkipListMap<>();
    private static final AtomicLong TOTAL = new AtomicLong();

    private Properties() {
    }

    static void add(String area, long tried) {
        TRIED.merge(area, tried, Long::sum);
        long total = TOTAL.addAndGet(tried);
        System.out.println("properties: " + area + " " + tried + " inputs tried; " + total + " in all so far "
                + TRIED);
    }
}
