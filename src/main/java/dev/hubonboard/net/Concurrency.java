package dev.hubonboard.net;

/**
 * How many requests one listing or one set of grant batches may have in flight at once.
 * <p>
 * {@link #DEFAULT} is 6. Docker Hub's abuse limit counts every request from one IPv4 address (or IPv6 /64) to all
 * Hub properties, web pages included, and is "in the order of thousands of requests per minute"
 * (docs.docker.com/docker-hub/usage/, "Abuse rate limit"). Six is what one browser tab opens to hub.docker.com (the
 * HTTP/1.1 habit of six connections per host), which that limit is made to tolerate; and a whole test for 20,000
 * repositories is under 400 requests, fewer than one minute of that limit even if all of them went at once. The Hub
 * API's own per-minute budget ({@code X-RateLimit-*}) is paced by the transport ({@link RateGate}). Measured on the
 * practice Hub at 20 ms per request (CheckBenchmark): 4 in flight gave 0.42 of the sequential time on a busy 2-core
 * machine, 6 gave 0.30, 8 little more (the fixed sequential requests remain).
 *
 * @param inFlight at most this many requests at once; 1 is the sequential order of one request after another
 */
public record Concurrency(int inFlight) {
    public static final int MAX = 8;
    public static final Concurrency SEQUENTIAL = new Concurrency(1);
    public static final Concurrency DEFAULT = new Concurrency(6);

    public Concurrency {
        if (inFlight < 1 || inFlight > MAX) {
            throw new IllegalArgumentException("concurrency must be 1.." + MAX + ", not " + inFlight);
        }
    }

    public boolean sequential() {
        return inFlight == 1;
    }
}
