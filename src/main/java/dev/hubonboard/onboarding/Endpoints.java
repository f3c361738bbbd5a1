package dev.hubonboard.onboarding;

import dev.hubonboard.hub.HubClient;
import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.registry.RegistryClient;
import okhttp3.HttpUrl;

/** Where Docker Hub and its registry are: the real ones, or the practice Hub on this machine. */
public record Endpoints(HttpUrl hub, HttpUrl registry, boolean practice) {

    public static Endpoints dockerHub() {
        return new Endpoints(BaseUrl.parse("Docker Hub URL", HubClient.DEFAULT_URL),
                BaseUrl.parse("registry URL", RegistryClient.DEFAULT_URL), false);
    }

    public static Endpoints practice(String hubUrl, String registryUrl) {
        return new Endpoints(BaseUrl.parse("practice Hub URL", hubUrl), BaseUrl.parse("practice registry URL", registryUrl), true);
    }

    /** The Docker Hub web page for a path, for the links the manual steps open (always the real site). */
    public static String web(String path) {
        return "https://hub.docker.com/" + path;
    }
}
