package dev.hubonboard.hub;

import dev.hubonboard.hub.HubErrors.CallKind;
import dev.hubonboard.net.ServiceException;
import okhttp3.HttpUrl;

import java.util.List;

/** The organization and its members. */
final class HubOrganizations {
    /** Docker does not document a maximum for members; 100 matches the other lists. */
    static final int PAGE_SIZE = 100;

    private final HubHttp http;
    private final Pager pager;

    HubOrganizations(HubHttp http, Pager pager) {
        this.http = http;
        this.pager = pager;
    }

    Organization organization(AccessToken auth, String org) throws ServiceException {
        HubAuth.requireText(org, "org");
        String what = "reading organization " + org;
        var answer = http.send(HubHttp.authorized(http.url("v2", "orgs", org).build(), auth).get().build(),
                true, what, CallKind.AUTHENTICATED, Secrets.of(auth));
        Organization found = HubHttp.convert(answer, Organization.class, what, 200);
        if (found.type() != null && found.type().equalsIgnoreCase("user")) {
            throw new NotAnOrganizationException(org, 200); // hub-tool reads "type": "User" for a personal namespace
        }
        return found;
    }

    List<Member> members(AccessToken auth, String org, MemberQuery query) throws ServiceException {
        HubAuth.requireText(org, "org");
        MemberQuery q = query == null ? MemberQuery.all() : query;
        HttpUrl.Builder url = http.url("v2", "orgs", org, "members");
        addIfPresent(url, "search", q.search());
        addIfPresent(url, "type", q.type());
        addIfPresent(url, "role", q.role());
        url.addQueryParameter("page", "1").addQueryParameter("page_size", String.valueOf(PAGE_SIZE));
        return pager.all(auth, url.build(), Member.class, "listing the members of " + org);
    }

    private static void addIfPresent(HttpUrl.Builder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.addQueryParameter(name, value.strip());
        }
    }
}
