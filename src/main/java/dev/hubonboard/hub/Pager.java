package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.hub.HubErrors.CallKind;
import dev.hubonboard.net.Concurrency;
import dev.hubonboard.net.ParallelRequests;
import dev.hubonboard.net.ServiceException;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks Docker Hub's {@code {count,next,previous,results}} pages, one after another or (after page 1) several side
 * by side. Bounded in pages, follows {@code next} only to the base URL's own scheme, host and port (the bearer token
 * goes with it), and treats a 404 after the first page as the end, which is how Docker Hub answers a page past the
 * last (hub-facts.md, "repositories").
 */
final class Pager {
    static final int MAX_PAGES = 1000;

    private final HubHttp http;
    private final int maxPages;

    Pager(HubHttp http, int maxPages) {
        this.http = http;
        this.maxPages = maxPages;
    }

    /** One page's items, the link to the next one (null at the end) and the total it announces (null if none). */
    record Page(List<JsonNode> items, String next, Long count) {
        Page(List<JsonNode> items, String next) {
            this(items, next, null);
        }
    }

    /** One page read into its entries, and its link to the next one. */
    private record Read<T>(List<T> entries, String next) {
    }

    /** All pages, one after another, following {@code next}. */
    <T> List<T> all(AccessToken auth, HttpUrl first, Class<T> type, String what) throws ServiceException {
        return all(auth, first, type, what, Concurrency.SEQUENTIAL);
    }

    /**
     * All pages. With more than one request in flight: page 1 tells {@code count} and, through {@code next}, how
     * the pages are numbered ({@code page=2}, Docker Hub's {@code ?page=&page_size=}); the other pages are then
     * fetched side by side and put back in page order. Where page 1 does not tell that plainly (no count, a cursor
     * instead of a page number, a short first page), the pages are followed one after another as with concurrency 1.
     */
    <T> List<T> all(AccessToken auth, HttpUrl first, Class<T> type, String what, Concurrency concurrency)
            throws ServiceException {
        List<T> out = new ArrayList<>();
        Page page = page(fetch(auth, first, what), what);
        add(page, type, what, out);
        if (page.next() == null) {
            return out;
        }
        HttpUrl next = checkedNext(first, page.next(), what);
        int pages = concurrency.sequential() ? 0 : numberedPages(page, next, what);
        if (pages < 2) {
            Set<String> seen = new HashSet<>(List.of(first.toString()));
            if (!seen.add(next.toString())) {
                throw HubErrors.malformed(what, 200, "the pages link back to a page already read");
            }
            return follow(auth, next, 2, seen, type, what, out);
        }
        // Each page is read into its entries by the worker that fetched it, alongside the others' waits; only
        // the entries are kept, not the pages' JSON.
        List<ParallelRequests.Task<Read<T>>> tasks = new ArrayList<>(pages - 1);
        for (int n = 2; n <= pages; n++) {
            HttpUrl url = next.newBuilder().setQueryParameter("page", String.valueOf(n)).build();
            tasks.add(() -> {
                try {
                    Page p = page(fetch(auth, url, what), what);
                    List<T> entries = new ArrayList<>(p.items().size());
                    add(p, type, what, entries);
                    return new Read<>(entries, p.next());
                } catch (NotFoundException e) {
                    return null; // the list shrank while it was read: the end came earlier
                }
            });
        }
        List<Read<T>> rest = ParallelRequests.run(http.transport(), concurrency, tasks, what);
        String lastNext = page.next();
        HttpUrl lastUrl = first;
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i) == null) {
                return out;
            }
            out.addAll(rest.get(i).entries());
            lastNext = rest.get(i).next();
            lastUrl = next.newBuilder().setQueryParameter("page", String.valueOf(i + 2)).build();
        }
        if (lastNext == null) {
            return out;
        }
        // The list grew while it was read: the rest, one page after another (still within maxPages).
        HttpUrl more = checkedNext(lastUrl, lastNext, what);
        Set<String> seen = new HashSet<>(List.of(lastUrl.toString()));
        if (!seen.add(more.toString())) {
            throw HubErrors.malformed(what, 200, "the pages link back to a page already read");
        }
        return follow(auth, more, pages + 1, seen, type, what, out);
    }

    /**
     * How many pages the listing has when page 1 says so plainly, else 0: a {@code count}, a full first page, and a
     * {@code next} that is the same route with {@code page=2}.
     */
    private int numberedPages(Page page, HttpUrl next, String what) throws UnexpectedResponseException {
        int size = page.items().size();
        if (page.count() == null || size == 0 || !"2".equals(next.queryParameter("page"))) {
            return 0;
        }
        long pages = (page.count() + size - 1) / size;
        if (pages > maxPages) {
            throw HubErrors.malformed(what, 200, "more than " + maxPages + " pages");
        }
        return (int) pages;
    }

    /** From page {@code n} on, following {@code next}; bounded by {@code maxPages} and refusing a loop. */
    private <T> List<T> follow(AccessToken auth, HttpUrl start, int n, Set<String> seen, Class<T> type, String what,
                               List<T> out) throws ServiceException {
        HttpUrl url = start;
        for (; ; n++) {
            if (n > maxPages) {
                throw HubErrors.malformed(what, 200, "more than " + maxPages + " pages");
            }
            JsonNode body;
            try {
                body = fetch(auth, url, what);
            } catch (NotFoundException e) {
                break; // Docker Hub answers 404 for a page past the last one
            }
            Page page = page(body, what);
            add(page, type, what, out);
            if (page.next() == null) {
                break;
            }
            HttpUrl next = checkedNext(url, page.next(), what);
            if (!seen.add(next.toString())) {
                throw HubErrors.malformed(what, 200, "the pages link back to a page already read");
            }
            url = next;
        }
        return out;
    }

    private JsonNode fetch(AccessToken auth, HttpUrl url, String what) throws ServiceException {
        return http.send(HubHttp.authorized(url, auth).get().build(), true, what, CallKind.AUTHENTICATED,
                Secrets.of(auth));
    }

    private static <T> void add(Page page, Class<T> type, String what, List<T> out) throws ServiceException {
        for (JsonNode item : page.items()) {
            requireIdentity(item, type, what);
            out.add(HubHttp.convert(item, type, what, 200));
        }
    }

    /** The next page's URL, only on the base URL's own scheme, host and port: the bearer token goes with it. */
    private HttpUrl checkedNext(HttpUrl from, String link, String what) throws UnexpectedResponseException {
        HttpUrl next = from.resolve(link);
        if (next == null || !http.sameOrigin(next)) {
            throw new UnexpectedResponseException("Docker Hub's next page while " + what + " points to "
                    + (next == null ? "something that is not a URL" : next.scheme() + "://" + next.host()
                    + ":" + next.port()) + ", not to " + http.base().host() + "; the app does not send the login "
                    + "there, so the list stopped. Check the Docker Hub URL.", 200, "");
        }
        return next;
    }

    /**
     * Accepts the documented object, the bare list Docker's spec claims for members, and a list wrapping one page
     * object; {@code data} is the invites list's name for the items.
     */
    static Page page(JsonNode body, String what) throws UnexpectedResponseException {
        if (body.isArray()) {
            if (body.size() > 0 && body.get(0).isObject()
                    && (body.get(0).has("results") || body.get(0).has("data"))) {
                return page(body.get(0), what);
            }
            return new Page(items(body), null);
        }
        if (body.isObject()) {
            JsonNode items = body.has("results") ? body.get("results") : body.get("data");
            if (items == null || items.isNull()) {
                if (body.has("count") || body.has("next")) {
                    return new Page(List.of(), nextOf(body), countOf(body)); // an empty page written as "results": null
                }
                throw HubErrors.malformed(what, 200, "no \"results\" in the answer");
            }
            if (!items.isArray()) {
                throw HubErrors.malformed(what, 200, "\"results\" is " + HubHttp.shape(items) + ", not a list");
            }
            return new Page(items(items), nextOf(body), countOf(body));
        }
        throw HubErrors.malformed(what, 200, "expected a list, got " + HubHttp.shape(body));
    }

    /**
     * An entry without the field that names it is not a page of what we asked for (e.g. a proxy's JSON, or an
     * error object inside a list): refuse it rather than return a repository or member named "null".
     */
    static void requireIdentity(JsonNode item, Class<?> type, String what) throws UnexpectedResponseException {
        List<String> names = IDENTITY.get(type);
        if (names == null || item == null || !item.isObject()) {
            return; // convert() names a non-object entry
        }
        for (String name : names) {
            JsonNode v = item.get(name);
            if (v != null && (v.isTextual() && !v.asText().isBlank() || v.isNumber())) {
                return;
            }
        }
        throw HubErrors.malformed(what, 200, "an entry without \"" + String.join("\" or \"", names) + "\"");
    }

    /** The field(s) of each listed type that identify an entry; any one of them is enough. */
    private static final java.util.Map<Class<?>, List<String>> IDENTITY = java.util.Map.of(
            Repository.class, List.of("name"),
            Tag.class, List.of("name"),
            Member.class, List.of("username", "email"),
            Invite.class, List.of("id"));

    private static List<JsonNode> items(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static Long countOf(JsonNode body) {
        JsonNode count = body.get("count");
        return count != null && count.canConvertToLong() && count.isIntegralNumber() && count.asLong() >= 0
                ? count.asLong() : null;
    }

    private static String nextOf(JsonNode body) {
        JsonNode next = body.get("next");
        return next == null || !next.isTextual() || next.asText().isBlank() ? null : next.asText().strip();
    }
}
