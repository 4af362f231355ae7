package org.upright.reminder;

import com.vaadin.flow.server.webpush.WebPushKeys;
import com.vaadin.flow.server.webpush.WebPushMessage;
import com.vaadin.flow.server.webpush.WebPushSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.upright.mail.Channel;
import org.upright.mail.DeliveryChannel;
import org.upright.mail.Recipient;
import org.upright.mail.RenderedMessage;

/**
 * Delivers a message by Web Push to every browser the account subscribed; when there is none, or none
 * took it, the same message goes by e-mail, so push never loses a reminder. The notification carries
 * the title and the message's first line only.
 */
@Component
class PushChannel implements DeliveryChannel {

    private static final Logger log = LoggerFactory.getLogger(PushChannel.class);

    private final PushSubscriptions subscriptions;
    private final PushKeys keys;
    // a provider: this channel is one of them itself
    private final ObjectProvider<DeliveryChannel> channels;

    PushChannel(PushSubscriptions subscriptions, PushKeys keys, ObjectProvider<DeliveryChannel> channels) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.channels = channels;
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public void deliver(Recipient to, RenderedMessage message) throws Exception {
        boolean pushed = false;
        for (PushSubscriptions.Subscription s : subscriptions.of(to.accountId())) {
            try {
                keys.webPush()
                        .sendNotification(
                                new WebPushSubscription(s.endpoint(), new WebPushKeys(s.p256dh(), s.auth())),
                                notification(message));
                pushed = true;
            } catch (Exception failed) {
                // the push library also throws checked exceptions undeclared (bad keys, unreachable service)
                // the reason only: never the message
                log.info(
                        "Web Push to a subscription failed: {}",
                        failed.getClass().getSimpleName());
            }
        }
        if (!pushed) {
            email().deliver(to, message);
        }
    }

    /** What the push service carries: the title and the first line of the text, nothing more. */
    static WebPushMessage notification(RenderedMessage message) {
        String text = message.text();
        int end = text.indexOf('\n');
        return new WebPushMessage(message.subject(), end < 0 ? text : text.substring(0, end));
    }

    private DeliveryChannel email() {
        return channels.orderedStream()
                .filter(c -> c.channel() == Channel.EMAIL)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No e-mail channel to fall back to"));
    }
}
