package org.upright.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;
import org.upright.base.MessageBundles;
import org.upright.mail.MessageTemplate;
import org.upright.mail.PublicLinks;
import org.upright.mail.Recipient;
import org.upright.mail.RenderedMessage;

/**
 * The e-mails with a password link: the invitation and the reset link. The token is made here, when
 * the message is sent (each attempt makes a new one, the earlier stops working), so the outbox never
 * holds it. Neither the name nor the address in the body: it may be read by whoever sees the mailbox.
 */
final class LinkMail implements MessageTemplate {

    private final String kind;
    private final String keys;
    private final Duration valid;
    private final AccountLinks links;
    private final PublicLinks publicLinks;
    private final MessageBundles bundles;
    private final Clock clock;

    LinkMail(
            String kind,
            String keys,
            Duration valid,
            AccountLinks links,
            PublicLinks publicLinks,
            MessageBundles bundles,
            Clock clock) {
        this.kind = kind;
        this.keys = keys;
        this.valid = valid;
        this.links = links;
        this.publicLinks = publicLinks;
        this.bundles = bundles;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public RenderedMessage render(Recipient to, Map<String, String> payload, Locale locale) {
        Instant now = clock.instant();
        String token = links.issue(Long.parseLong(payload.get(PasswordLinks.LINK)), now, now.plus(valid))
                .orElseThrow(() -> new IllegalStateException("The link was used already"));
        String link = publicLinks.to("set-password/" + token);
        String subject = bundles.text(locale, keys + ".subject");
        String before = bundles.text(locale, keys + ".before");
        String after = bundles.text(locale, keys + ".after");
        String greeting = bundles.text(locale, "security.mail.greeting");
        String text = greeting + "\n\n" + before + "\n\n" + link + "\n\n" + after;
        String html = "<p>" + HtmlUtils.htmlEscape(greeting) + "</p><p>" + HtmlUtils.htmlEscape(before)
                + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
                + HtmlUtils.htmlEscape(bundles.text(locale, keys + ".button")) + "</a></p><p>"
                + HtmlUtils.htmlEscape(after) + "</p>";
        return new RenderedMessage(subject, text, html, link);
    }

    @Configuration(proxyBeanMethods = false)
    static class Templates {

        @Bean
        MessageTemplate invitationMail(
                AccountLinks links, PublicLinks publicLinks, MessageBundles bundles, Clock clock) {
            return new LinkMail(
                    PasswordLinks.INVITATION_KIND,
                    "security.mail.invitation",
                    PasswordLinks.INVITATION_VALID,
                    links,
                    publicLinks,
                    bundles,
                    clock);
        }

        @Bean
        MessageTemplate resetMail(AccountLinks links, PublicLinks publicLinks, MessageBundles bundles, Clock clock) {
            return new LinkMail(
                    PasswordLinks.RESET_KIND,
                    "security.mail.reset",
                    PasswordLinks.RESET_VALID,
                    links,
                    publicLinks,
                    bundles,
                    clock);
        }
    }
}
