package org.upright.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links into the app for messages, from {@code upright.public-url} (UPRIGHT_PUBLIC_URL). */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${upright.public-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The link to a route of the app, e.g. {@code to("reset/abc")}. */
    public String to(String path) {
        return base + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
