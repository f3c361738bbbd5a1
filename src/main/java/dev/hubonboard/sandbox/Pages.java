package dev.hubonboard.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Hub-style pagination: {@code count}, absolute {@code next}/{@code previous} URLs, 404 past the last page. */
final class Pages {

    private Pages() {
    }

    /**
     * @param base       absolute URL of the Hub
     * @param path       the route's path
     * @param extraQuery parameters to keep in next/previous (filters), in order
     */
    static <T> Map<String, Object> page(List<T> all, int page, int pageSize, URI base, String path,
                                        Map<String, String> extraQuery, Function<T, ?> toJson) {
        long start = (long) (page - 1) * pageSize;
        if (page > 1 && start >= all.size()) {
            // Django REST framework, behind the Hub, answers this for a page past the end.
            throw new Http.HttpError(404, Http.hubError("Invalid page."));
        }
        int from = (int) Math.min(start, all.size());
        int to = (int) Math.min(start + pageSize, all.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", all.size());
        body.put("next", to < all.size() ? url(base, path, page + 1, pageSize, extraQuery) : null);
        body.put("previous", page > 1 ? url(base, path, page - 1, pageSize, extraQuery) : null);
        // Only the rows of this page are turned into JSON: the benchmark organization has 5,000 repositories.
        body.put("results", all.subList(from, to).stream().map(toJson).toList());
        return body;
    }

    private static String url(URI base, String path, int page, int pageSize, Map<String, String> extraQuery) {
        StringBuilder sb = new StringBuilder(base.toString()).append(path)
                .append("?page=").append(page).append("&page_size=").append(pageSize);
        extraQuery.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                sb.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }
}
