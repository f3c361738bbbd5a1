package dev.hubonboard.bench;

import dev.hubonboard.check.CheckListener;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.ConnectionTest;
import dev.hubonboard.check.Report;
import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.sandbox.PracticeHub;

import java.time.Duration;

/**
 * The connection test against a large organization: 5,000 private repositories and 20 ms of latency on every
 * request. Prints the wall time and the number of HTTP requests (target: under 5 s and under 200 requests; one
 * request per repository would need over 10,000 and minutes). Run with the command in README.
 */
public final class CheckBenchmark {
    public static void main(String[] args) {
        int repositories = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        long latencyMs = args.length > 1 ? Long.parseLong(args[1]) : 20;
        try (PracticeHub hub = PracticeHub.builder().privateRepositories(repositories).publicRepositories(2)
                .emailVerified(true).inviteAccepted(true).latency(Duration.ofMillis(latencyMs)).start()) {
            String token = hub.createToken(PracticeHub.Scope.READ);
            ConnectionTest test = new ConnectionTest(HttpTransport.standard(),
                    BaseUrl.parse("hub", hub.hubUrl().toString()), BaseUrl.parse("registry", hub.registryUrl().toString()));
            hub.requests().clear();
            long start = System.nanoTime();
            long[] mark = {start};
            Report report = test.run(new CheckTarget(hub.org(), hub.dedicatedUsername(), token), new CheckListener() {
                @Override
                public void finished(dev.hubonboard.check.CheckResult r) {
                    long now = System.nanoTime();
                    System.out.printf("  %-12s %6d ms%n", r.id().id(), (now - mark[0]) / 1_000_000);
                    mark[0] = now;
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            int requests = hub.requests().count();
            System.out.printf("check-benchmark private-repositories %d latency-ms %d%n", repositories, latencyMs);
            System.out.printf("wall-seconds %.2f (target < 5)%n", seconds);
            System.out.printf("http-requests %d (target < 200)%n", requests);
            System.out.printf("ready %s, pullable %d of %d%n", report.ready(), report.repositories().pullable(),
                    report.repositories().privateCount());
            if (!report.ready() || report.repositories().pullable() != repositories) {
                System.out.println("benchmark run was not a clean pass: " + report.checks());
                System.exit(1);
            }
        }
    }
}
