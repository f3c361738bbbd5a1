package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.hub.HubErrors.CallKind;
import dev.hubonboard.net.Concurrency;
import dev.hubonboard.net.ServiceException;

import java.util.ArrayList;
import java.util.List;

/** Repositories and tags, through the current {@code /v2/namespaces/...} routes. */
final class HubRepositories {
    /** Docker's maximum page size. */
    static final int MAX_PAGE_SIZE = 100;

    private final HubHttp http;
    private final Pager pager;
    private final Concurrency concurrency;

    HubRepositories(HubHttp http, Pager pager, Concurrency concurrency) {
        this.http = http;
        this.pager = pager;
        this.concurrency = concurrency;
    }

    List<Repository> repositories(AccessToken auth, String namespace) throws ServiceException {
        HubAuth.requireText(namespace, "namespace");
        return pager.all(auth, http.url("v2", "namespaces", namespace, "repositories")
                        .addQueryParameter("page_size", String.valueOf(MAX_PAGE_SIZE)).build(),
                Repository.class, "listing the repositories of " + namespace, concurrency);
    }

    List<Tag> tags(AccessToken auth, String namespace, String repository, int pageSize) throws ServiceException {
        HubAuth.requireText(namespace, "namespace");
        HubAuth.requireText(repository, "repository");
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        String what = "listing the tags of " + namespace + "/" + repository;
        JsonNode answer = http.send(HubHttp.authorized(http.url("v2", "namespaces", namespace, "repositories",
                                repository, "tags").addQueryParameter("page_size", String.valueOf(size)).build(), auth)
                        .get().build(), true, what, CallKind.AUTHENTICATED, Secrets.of(auth));
        List<Tag> out = new ArrayList<>();
        for (JsonNode item : Pager.page(answer, what).items()) {
            Pager.requireIdentity(item, Tag.class, what); // a nameless tag would reach the manifest URL as "null"
            out.add(HubHttp.convert(item, Tag.class, what, 200));
        }
        return out;
    }
}
