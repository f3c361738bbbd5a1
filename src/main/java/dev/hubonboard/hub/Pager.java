package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.hub.HubErrors.CallKind;
import dev.hubonboard.net.ServiceException;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks Docker Hub's {@code {count,next,previous,results}} pages. Bounded in pages, follows {@code next} only to
 * the base URL's own scheme, host and port (the bearer token goes with it), and treats a 404 after the first page as
 * the end, which is how Docker Hub answers a page past the last.
 */
final class Pager {
    static final int MAX_PAGES = 1000;

    private final HubHttp http;
    private final int maxPages;

    Pager(HubHttp http, int maxPages) {
        this.http = http;
        this.maxPages = maxPages;
    }

    /** One page's items and the link to the next one (null at the end). */
    record Page(List<JsonNode> items, String next) {
    }

    <T> List<T> all(AccessToken auth, HttpUrl first, Class<T> type, String what) throws ServiceException {
        List<T> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(first.toString());
        HttpUrl url = first;
        for (int n = 1; ; n++) {
            JsonNode body;
            try {
                body = http.send(HubHttp.authorized(url, auth).get().build(), true, what, CallKind.AUTHENTICATED,
                        Secrets.of(auth));
            } catch (NotFoundException e) {
                if (n > 1) {
                    break; // Docker Hub answers 404 for a page past the last one
                }
                throw e;
            }
            Page page = page(body, what);
            for (JsonNode item : page.items()) {
                requireIdentity(item, type, what);
                out.add(HubHttp.convert(item, type, what, 200));
            }
            if (page.next() == null) {
                break;
            }
            HttpUrl next = first.resolve(page.next());
            if (next == null || !http.sameOrigin(next)) {
                throw new UnexpectedResponseException("Docker Hub's next page while " + what + " points to "
                        + (next == null ? "something that is not a URL" : next.scheme() + "://" + next.host()
                        + ":" + next.port()) + ", not to " + http.base().host() + "; the app does not send the login "
                        + "there, so the list stopped. Check the Docker Hub URL.", 200, "");
            }
            if (!seen.add(next.toString())) {
                throw HubErrors.malformed(what, 200, "the pages link back to a page already read");
            }
            if (n >= maxPages) {
                throw HubErrors.malformed(what, 200, "more than " + maxPages + " pages");
            }
            url = next;
        }
        return out;
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
                    return new Page(List.of(), nextOf(body)); // an empty page written as "results": null
                }
                throw HubErrors.malformed(what, 200, "no \"results\" in the answer");
            }
            if (!items.isArray()) {
                throw HubErrors.malformed(what, 200, "\"results\" is " + HubHttp.shape(items) + ", not a list");
            }
            return new Page(items(items), nextOf(body));
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

    private static String nextOf(JsonNode body) {
        JsonNode next = body.get("next");
        return next == null || !next.isTextual() || next.asText().isBlank() ? null : next.asText().strip();
    }
}
