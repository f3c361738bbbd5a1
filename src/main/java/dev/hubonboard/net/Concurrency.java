package dev.hubonboard.net;

/**
 * How many requests one listing or one set of grant batches may have in flight at once.
 * <p>
 * {@link #DEFAULT} is 4. Docker Hub's abuse limit applies to all requests from one IPv4 address (or IPv6 /64) and is
 * "in the order of thousands of requests per minute" (docs.docker.com/docker-hub/usage/, "Abuse rate limit"): four
 * in flight at Docker Hub's usual 50-150 ms per request is 1,600-4,800 a minute at most, and a whole test for 20,000
 * repositories is under 400 requests, so the burst ends long before a minute's worth. Four also keeps well within
 * the Hub API's per-minute X-RateLimit budget, which the transport paces against (see {@link RateGate}), shares the
 * office's address with CI pulls politely, and already cuts the wall time to about a quarter: more in flight would
 * save little (the fixed sequential requests remain) and risk the abuse limit's plain 429.
 *
 * @param inFlight at most this many requests at once; 1 is the sequential order of one request after another
 */
public record Concurrency(int inFlight) {
    public static final int MAX = 8;
    public static final Concurrency SEQUENTIAL = new Concurrency(1);
    public static final Concurrency DEFAULT = new Concurrency(4);

    public Concurrency {
        if (inFlight < 1 || inFlight > MAX) {
            throw new IllegalArgumentException("concurrency must be 1.." + MAX + ", not " + inFlight);
        }
    }

    public boolean sequential() {
        return inFlight == 1;
    }
}
