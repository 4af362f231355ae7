package org.upright.reminder;

import com.vaadin.flow.server.webpush.WebPush;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InvalidInputException;
import org.upright.security.CurrentUser;

/** Web Push for the signed-in patient's browsers: the keys to subscribe with, and their subscriptions. */
@Service
public class PushService {

    private static final int ENDPOINT_MAX = 1000;

    private final PushKeys keys;
    private final PushSubscriptions subscriptions;
    private final CurrentUser currentUser;
    private final Clock clock;

    PushService(PushKeys keys, PushSubscriptions subscriptions, CurrentUser currentUser, Clock clock) {
        this.keys = keys;
        this.subscriptions = subscriptions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Vaadin's Web Push helper, signed with this server's VAPID keys, for the browser side. */
    @PreAuthorize("hasRole('PATIENT')")
    public WebPush webPush() {
        return keys.webPush();
    }

    /** The VAPID public key browsers subscribe with. */
    @PreAuthorize("hasRole('PATIENT')")
    public String publicKey() {
        return keys.publicKey();
    }

    /** Keeps this browser's subscription for the signed-in patient's account. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public void subscribeMine(String endpoint, String p256dh, String auth) {
        if (!endpoint.startsWith("https://")
                || endpoint.length() > ENDPOINT_MAX
                || p256dh.isBlank()
                || auth.isBlank()
                || p256dh.length() > 200
                || auth.length() > 100) {
            throw new InvalidInputException("subscription", "reminder.push.failed");
        }
        subscriptions.store(
                currentUser.require().accountId(),
                new PushSubscriptions.Subscription(endpoint, p256dh, auth),
                clock.instant());
    }

    /** Forgets this browser's subscription of the signed-in patient. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public void unsubscribeMine(String endpoint) {
        subscriptions.remove(currentUser.require().accountId(), endpoint);
    }

    /** Whether any browser of the signed-in patient gets reminders by push. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public boolean anyMine() {
        return subscriptions.any(currentUser.require().accountId());
    }
}
