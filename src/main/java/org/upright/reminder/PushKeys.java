package org.upright.reminder;

import com.interaso.webpush.VapidKeys;
import com.vaadin.flow.server.webpush.WebPush;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The VAPID key pair of Web Push, made at the first start that needs it and kept in the database
 * (reach_key), so every instance and every restart signs with the same pair and existing subscriptions
 * stay valid. Stored as the browsers' form: the uncompressed public point and the private number, both
 * base64url.
 */
@Component
class PushKeys {

    static final String PUBLIC = "vapid-public";
    static final String PRIVATE = "vapid-private";

    private final ReachKeys keys;
    private final String subject;
    private volatile @Nullable WebPush webPush;

    PushKeys(ReachKeys keys, @Value("${upright.push.subject:mailto:upright@localhost}") String subject) {
        this.keys = keys;
        this.subject = subject;
    }

    /** The public key a browser subscribes with (applicationServerKey). */
    String publicKey() {
        return pair()[0];
    }

    WebPush webPush() {
        WebPush known = webPush;
        if (known == null) {
            String[] pair = pair();
            known = new WebPush(pair[0], pair[1], subject);
            webPush = known;
        }
        return known;
    }

    private String[] pair() {
        // both halves are made together; the private one is stored first, so a public key is never
        // read without its private key
        VapidKeys[] made = new VapidKeys[1];
        String privateKey = keys.key(PRIVATE, () -> encodePrivate(generated(made)));
        String publicKey = keys.key(PUBLIC, () -> {
            if (made[0] == null) {
                throw new IllegalStateException("A VAPID private key is stored without its public key");
            }
            return base64Url(made[0].getApplicationServerKey());
        });
        return new String[] {publicKey, privateKey};
    }

    private static VapidKeys generated(VapidKeys[] holder) {
        holder[0] = VapidKeys.generate();
        return holder[0];
    }

    static String encodePrivate(VapidKeys pair) {
        // the private number in two's complement (a leading zero byte when its top bit is set): the push
        // library reads it back with new BigInteger(bytes), which would make a bare 32-byte form negative
        return base64Url(pair.getPrivateKey().getS().toByteArray());
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
