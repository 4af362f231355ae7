package org.upright.notice;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.upright.base.MessageBundles;
import org.upright.mail.MessageTemplate;
import org.upright.mail.PublicLinks;
import org.upright.mail.Recipient;
import org.upright.mail.RenderedMessage;

/** The two notices to therapists: they say that someone needs attention and link to the app, nothing more. */
@Configuration
class NoticeTemplates {

    @Bean
    MessageTemplate alertNotice(MessageBundles bundles, PublicLinks links) {
        return template(AlertNotices.KIND, bundles, links, "alerts", "notice.message.alert");
    }

    @Bean
    MessageTemplate digestNotice(MessageBundles bundles, PublicLinks links) {
        return template(MorningDigest.KIND, bundles, links, "", "notice.message.digest");
    }

    private static MessageTemplate template(
            String kind, MessageBundles bundles, PublicLinks links, String route, String key) {
        return new MessageTemplate() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public RenderedMessage render(Recipient to, Map<String, String> payload, Locale locale) {
                String link = links.to(route);
                Object count = payload.containsKey("count") ? Integer.parseInt(payload.get("count")) : 0;
                String body = bundles.text(locale, key + ".body", count);
                String open = bundles.text(locale, "notice.message.open", link);
                return new RenderedMessage(
                        bundles.text(locale, key + ".subject"),
                        body + "\n\n" + open + "\n",
                        "<p>" + htmlEscape(body) + "</p><p><a href=\"" + htmlEscape(link) + "\">" + htmlEscape(open)
                                + "</a></p>",
                        link);
            }
        };
    }
}
