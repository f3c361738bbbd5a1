package dev.hubonboard.bench;

import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.ConnectionTest;
import dev.hubonboard.check.Report;
import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.net.Concurrency;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.RequestLog;
import dev.hubonboard.sandbox.Target;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The connection test against large organizations on the practice Hub, every request 20 ms late: in one process,
 * alternating, with concurrency 1 (one request after another, the old order) and with {@link Concurrency#DEFAULT}.
 * For each size it prints both wall times (median), their ratio, the request count, and the floor: the least number
 * of round trips that must follow one another (each waits for the one before) times the latency. The floor is given
 * twice: with at most N requests in flight (what the chosen concurrency allows: the pages after the first and the
 * grant batches go N at a time) and with no bound (each independent group in one round trip). Then per thousand
 * repositories, the peak heap (sum of the heap pools' peaks, practice Hub included: it runs in this process), the
 * peak resident memory, and the load average before and after (the machine is shared: compare runs at low load).
 * <p>
 * Targets (issue 12): ratio ≤ 0.35; wall ≤ 3 × floor; under 200 requests for 5,000 repositories; time and requests
 * linear in the size; memory growing with the names only. Run with the command in README; arguments
 * {@code SIZES LATENCY_MS ROUNDS [CONCURRENCY]} (e.g. {@code 5000,20000 20 3}). Exits 1 when a run is not a clean pass.
 */
public final class CheckBenchmark {
    private CheckBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> a = Arrays.stream(args).flatMap(s -> Arrays.stream(s.strip().split("\\s+")))
                .filter(s -> !s.isBlank()).toList();
        int[] sizes = Arrays.stream((a.size() > 0 ? a.get(0) : "5000,20000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        long latencyMs = a.size() > 1 ? Long.parseLong(a.get(1)) : 20;
        int rounds = a.size() > 2 ? Integer.parseInt(a.get(2)) : 3;
        Concurrency chosen = a.size() > 3 ? new Concurrency(Integer.parseInt(a.get(3))) : Concurrency.DEFAULT;
        System.out.printf(Locale.ROOT, "check-benchmark latency-ms %d rounds %d concurrency 1 vs %d, java %s, %d cores%n",
                latencyMs, rounds, chosen.inFlight(), Runtime.version(), Runtime.getRuntime().availableProcessors());
        boolean clean = true;
        for (int size : sizes) {
            clean &= measure(size, latencyMs, rounds, chosen);
        }
        System.exit(clean ? 0 : 1);
    }

    private static boolean measure(int size, long latencyMs, int rounds, Concurrency chosen) throws IOException {
        String loadBefore = load();
        resetPeaks();
        try (PracticeHub hub = PracticeHub.builder().privateRepositories(size).publicRepositories(2)
                .emailVerified(true).inviteAccepted(true).latency(Duration.ofMillis(latencyMs)).start()) {
            String token = hub.createToken(PracticeHub.Scope.READ);
            Run warm = run(hub, token, chosen); // JIT and connections warm, not counted
            boolean clean = warm.clean(size);
            long[] sequential = new long[rounds];
            long[] concurrent = new long[rounds];
            Run seq = null;
            Run con = null;
            for (int r = 0; r < rounds; r++) {
                seq = run(hub, token, Concurrency.SEQUENTIAL);
                con = run(hub, token, chosen);
                sequential[r] = seq.wallMs;
                concurrent[r] = con.wallMs;
                clean &= seq.clean(size) && con.clean(size);
            }
            long s = median(sequential);
            long c = median(concurrent);
            long floorBounded = con.rounds(chosen.inFlight()) * latencyMs;
            long floorUnbounded = con.rounds(Integer.MAX_VALUE) * latencyMs;
            double k = size / 1000.0;
            System.out.printf(Locale.ROOT, "%n== %,d private repositories (+2 public), %d ms per request ==%n", size,
                    latencyMs);
            System.out.printf(Locale.ROOT, "wall-ms concurrency-1 %d  concurrency-%d %d  (medians of %d: %s | %s)%n",
                    s, chosen.inFlight(), c, rounds, Arrays.toString(sequential), Arrays.toString(concurrent));
            System.out.printf(Locale.ROOT, "ratio %.2f (target <= 0.35)%n", (double) c / s);
            System.out.printf(Locale.ROOT, "requests concurrency-1 %d  concurrency-%d %d (target < 200 for 5,000): "
                            + "%d listing pages, %d grant batches, %d others%n", seq.requests, chosen.inFlight(),
                    con.requests, con.pages, con.batches, con.requests - con.pages - con.batches);
            System.out.printf(Locale.ROOT, "floor-ms %d at %d in flight (%d round trips x %d ms); wall/floor %.2f "
                            + "(target <= 3)%n", floorBounded, chosen.inFlight(), con.rounds(chosen.inFlight()),
                    latencyMs, (double) c / floorBounded);
            System.out.printf(Locale.ROOT, "floor-ms-unbounded %d (%d round trips, any number in flight); "
                    + "wall/floor %.2f%n", floorUnbounded, con.rounds(Integer.MAX_VALUE), (double) c / floorUnbounded);
            System.out.printf(Locale.ROOT, "per-1000 wall-ms concurrency-1 %.0f  concurrency-%d %.0f  requests %.1f%n",
                    s / k, chosen.inFlight(), c / k, con.requests / k);
            double rss = peakRssMb();
            System.out.printf(Locale.ROOT, "peak-heap-mb %.1f (%.2f per 1000)  peak-rss-mb %.0f (%.2f per 1000); both "
                            + "include the practice Hub (same process) and garbage not yet collected%n",
                    peakHeap() / 1e6, peakHeap() / 1e6 / k, rss, rss / k);
            System.out.printf(Locale.ROOT, "load-average before %s after %s%n", loadBefore, load());
            return clean;
        }
    }

    /** One connection test: wall time, and what the practice Hub saw. */
    private record Run(long wallMs, int requests, int pages, int batches, Report report) {
        boolean clean(int size) {
            boolean ok = report.ready() && report.repositories().pullable() == size;
            if (!ok) {
                System.out.println("not a clean pass: " + report.checks());
            }
            return ok;
        }

        /**
         * Round trips that must follow one another: every other request waits for the one before it; page 1 first,
         * then the other pages, {@code inFlight} at a time; the grant batches likewise.
         */
        long rounds(int inFlight) {
            int others = requests - pages - batches;
            return others + (pages > 0 ? 1 : 0) + ceil(Math.max(0, pages - 1), inFlight) + ceil(batches, inFlight);
        }

        private static long ceil(long n, int per) {
            return (n + per - 1) / per;
        }
    }

    private static Run run(PracticeHub hub, String token, Concurrency concurrency) {
        ConnectionTest test = new ConnectionTest(HttpTransport.standard(),
                BaseUrl.parse("hub", hub.hubUrl().toString()), BaseUrl.parse("registry", hub.registryUrl().toString()),
                concurrency);
        RequestLog log = hub.requests();
        log.clear();
        long start = System.nanoTime();
        Report report = test.run(new CheckTarget(hub.org(), hub.dedicatedUsername(), token), new dev.hubonboard.check
                .CheckListener() {
        });
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        // The listing: GET /v2/namespaces/ORG/repositories?page=…; a grant batch: a token request with many scopes.
        int pages = (int) log.entries(Target.HUB).stream().filter(l -> l.contains("/repositories?")).count();
        int batches = (int) log.entries(Target.AUTH).stream()
                .filter(l -> l.split("scope=", -1).length > 2).count();
        return new Run(wallMs, log.count(), pages, batches, report);
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            // Linux: "5" resets the process's peak resident set size (VmHWM).
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux or not allowed: peak-rss-mb is then the peak since the start
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM of /proc/self/status in MB, NaN where there is none. */
    private static double peakRssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static String load() throws IOException {
        Path p = Path.of("/proc/loadavg");
        return Files.exists(p) ? String.join(" ", Arrays.copyOf(Files.readString(p).split(" "), 3)) : "n/a";
    }
}
