package dev.hubonboard.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Small seeded generators for the property tests of the reliability suite, and the loop that runs a property over
 * them. Every run uses the same seed ({@link #SEED}, or {@code -Dprops.seed=N} to try another), so a failure repeats
 * on the next run; its message names the property, the try, both seeds and the inputs of that try.
 *
 * <p>Like a property-testing library, the generators mix in edge cases on purpose: empty and single-character strings,
 * strings at the maximum length, one character repeated, the first and last characters of an alphabet, whitespace and
 * control characters, surrogates, the bounds of a number range, 0 and &plusmn;1.
 */
final class Gen {
    /** The base seed of every property; each property derives its own stream from it and its name. */
    static final long SEED = Long.getLong("props.seed", 0x4855_424F_4E42_4431L);

    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String UPPER = LOWER.toUpperCase(java.util.Locale.ROOT);
    static final String DIGITS = "0123456789";
    /** ' ' to '~'. */
    static final String PRINTABLE_ASCII = range(' ', '~');
    /** U+0000 to U+007F, control characters included. */
    static final String ASCII = range('\u0000', '\u007f');
    /** Characters every "any string" draws more often: whitespace, controls, quotes, separators, look-alikes. */
    private static final String EDGE_CHARS = " \t\n\r\u0000\u0001\u007f\u0085\u00a0\u200b\u2028\ufeff\uffff\"'\\,;:=@/%?#&.-_"
            + "ßİıＡé€\ud800\udfff";

    private final SplittableRandom random;
    private final List<String> inputs = new ArrayList<>();

    Gen(long seed) {
        this.random = new SplittableRandom(seed);
    }

    // ---- running properties ----

    interface Property {
        void check(Gen g) throws Exception;
    }

    /**
     * Runs {@code property} over {@code tries} generated inputs, counting each try in {@code tried}. A failure
     * (an assertion or any exception) becomes an AssertionError naming the seed and the inputs of that try.
     */
    static void forAll(String name, int tries, AtomicLong tried, Property property) {
        long propertySeed = SEED ^ (name.hashCode() * 0x9E37_79B9_7F4A_7C15L);
        SplittableRandom seeds = new SplittableRandom(propertySeed);
        for (int i = 0; i < tries; i++) {
            long trySeed = seeds.nextLong();
            Gen g = new Gen(trySeed);
            tried.incrementAndGet();
            try {
                property.check(g);
            } catch (Throwable e) {
                throw new AssertionError("property " + name + " failed on try " + (i + 1) + " of " + tries
                        + " (seed " + SEED + ", reproduce with -Dprops.seed=" + SEED + "; try seed " + trySeed
                        + ")\n  inputs: " + g.inputs + "\n  failure: " + e, e);
            }
        }
    }

    /** Notes a generated input for the failure message and hands it back. */
    <T> T input(String name, T value) {
        inputs.add(name + "=" + show(value));
        return value;
    }

    private static String show(Object value) {
        if (value instanceof String s) {
            StringBuilder b = new StringBuilder("\"");
            s.codePoints().forEach(c -> {
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate((char) c)
                        || c == 0x200b || c == 0x2028 || c == 0xfeff || c == 0xffff) {
                    b.append(String.format("\\u%04x", c));
                } else if (c == '"' || c == '\\') {
                    b.append('\\').appendCodePoint(c);
                } else {
                    b.appendCodePoint(c);
                }
            });
            return b.append("\" (").append(s.length()).append(" chars)").toString();
        }
        return String.valueOf(value);
    }

    // ---- numbers and choices ----

    boolean bool() {
        return random.nextBoolean();
    }

    /** true with the given probability in percent. */
    boolean percent(int p) {
        return random.nextInt(100) < p;
    }

    /** Uniform in [min, max]. */
    int between(int min, int max) {
        return (int) uniform(min, max);
    }

    /**
     * A long in [min, max]: 10% edge cases (the bounds, their neighbours, 0 and &plusmn;1 when in range), 30% small
     * magnitudes near min or 0, the rest uniform.
     */
    long longs(long min, long max) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            long[] edges = {min, max, min + 1, max - 1, 0, 1, -1};
            long e = edges[random.nextInt(edges.length)];
            return e < min || e > max ? min : e;
        }
        if (roll < 40) {
            long magnitude = 1L << random.nextInt(1, 20);
            long base = min <= 0 && max >= 0 ? 0 : min;
            long v = base + (random.nextBoolean() || base == min ? 1 : -1) * random.nextLong(magnitude);
            return Math.max(min, Math.min(max, v));
        }
        return uniform(min, max);
    }

    private long uniform(long min, long max) {
        if (max == Long.MAX_VALUE && min == Long.MIN_VALUE) {
            return random.nextLong();
        }
        if (max - min + 1 <= 0) { // range wider than Long.MAX_VALUE
            long v;
            do {
                v = random.nextLong();
            } while (v < min || v > max);
            return v;
        }
        return min + random.nextLong(max - min + 1);
    }

    /** One of the values, uniformly. */
    @SafeVarargs
    final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** The value of one of the generators, uniformly. */
    @SafeVarargs
    final <T> T either(Supplier<? extends T>... generators) {
        return generators[random.nextInt(generators.length)].get();
    }

    record Weighted<T>(int weight, Supplier<? extends T> generator) {
    }

    static <T> Weighted<T> weight(int weight, Supplier<? extends T> generator) {
        return new Weighted<>(weight, generator);
    }

    /** The value of one of the generators, chosen in proportion to the weights. */
    @SafeVarargs
    final <T> T frequency(Weighted<? extends T>... choices) {
        int total = Arrays.stream(choices).mapToInt(Weighted::weight).sum();
        int roll = random.nextInt(total);
        for (Weighted<? extends T> c : choices) {
            roll -= c.weight();
            if (roll < 0) {
                return c.generator().get();
            }
        }
        throw new AssertionError();
    }

    /** A value of the generator that passes the filter (the filter must pass often; gives up after 10,000 draws). */
    <T> T filter(Supplier<T> generator, Predicate<? super T> filter) {
        for (int i = 0; i < 10_000; i++) {
            T v = generator.get();
            if (filter.test(v)) {
                return v;
            }
        }
        throw new IllegalStateException("the filter refused 10,000 generated values in a row");
    }

    // ---- strings ----

    /** The characters from {@code from} to {@code to}, both included. */
    static String range(char from, char to) {
        StringBuilder b = new StringBuilder();
        for (char c = from; c <= to; c++) {
            b.append(c);
            if (c == Character.MAX_VALUE) {
                break;
            }
        }
        return b.toString();
    }

    /** A string of {@code alphabet}'s characters (as UTF-16 units), {@code minLen} to {@code maxLen} long. */
    String string(String alphabet, int minLen, int maxLen) {
        return string(() -> alphabet.charAt(random.nextInt(alphabet.length())), alphabet.charAt(0),
                alphabet.charAt(alphabet.length() - 1), false, minLen, maxLen);
    }

    /**
     * A string of any UTF-16 units, {@code minLen} to {@code maxLen} long: ASCII, Latin-1, anywhere in the Basic
     * Multilingual Plane (lone surrogates included), whole supplementary characters, and {@link #EDGE_CHARS} often.
     */
    String anyString(int minLen, int maxLen) {
        return string(this::anyChar, '\u0000', '\uffff', true, minLen, maxLen);
    }

    private char anyChar() {
        return switch (random.nextInt(10)) {
            case 0, 1 -> EDGE_CHARS.charAt(random.nextInt(EDGE_CHARS.length()));
            case 2, 3, 4 -> (char) random.nextInt(0x20, 0x7f);
            case 5 -> (char) random.nextInt(0x80, 0x100);
            default -> (char) random.nextInt(0x10000);
        };
    }

    private String string(CharSupplier chars, char first, char last, boolean supplementary, int minLen, int maxLen) {
        int len = length(minLen, maxLen);
        StringBuilder b = new StringBuilder(len);
        int shape = random.nextInt(20);
        if (shape == 0 && len > 0) { // one character repeated
            char c = chars.next();
            b.repeat(c, len);
            return b.toString();
        }
        while (b.length() < len) {
            int roll = random.nextInt(20);
            char c = roll == 0 ? first : roll == 1 ? last : chars.next();
            if (supplementary && random.nextInt(40) == 0 && len - b.length() >= 2) {
                b.appendCodePoint(random.nextInt(0x10000, 0x110000)); // a whole supplementary character
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private interface CharSupplier {
        char next();
    }

    /** 6% the minimum, 4% the maximum, 50% short (up to min + 10), the rest uniform. */
    private int length(int minLen, int maxLen) {
        int roll = random.nextInt(100);
        if (roll < 6) {
            return minLen;
        }
        if (roll < 10) {
            return maxLen;
        }
        if (roll < 60) {
            return random.nextInt(minLen, Math.min(maxLen, minLen + 10) + 1);
        }
        return random.nextInt(minLen, maxLen + 1);
    }

    // ---- collections ----

    <T> List<T> list(Supplier<? extends T> element, int minSize, int maxSize) {
        int size = between(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** A set of distinct values picked from {@code values}, 0 to {@code maxSize} of them. */
    @SafeVarargs
    final <T> Set<T> subset(int maxSize, T... values) {
        List<T> shuffled = new ArrayList<>(List.of(values));
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return new LinkedHashSet<>(shuffled.subList(0, between(0, Math.min(maxSize, values.length))));
    }

    /** A map of 0 to {@code maxSize} distinct keys (fewer if the key generator keeps repeating itself). */
    <K, V> Map<K, V> map(Supplier<? extends K> key, Supplier<? extends V> value, int maxSize) {
        int size = between(0, maxSize);
        Map<K, V> map = new LinkedHashMap<>();
        for (int attempts = 0; map.size() < size && attempts < 10 * size; attempts++) {
            K k = key.get();
            if (!map.containsKey(k)) {
                map.put(k, value.get());
            }
        }
        return map;
    }
}
