package org.upright.reminder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The token of a reminder's one-click unsubscribe link: the patient's number signed with HMAC-SHA256
 * under a key made once and kept in the database, so the link needs no sign-in and cannot be made up
 * for another patient. It turns reminders off and nothing else.
 */
@Component
class UnsubscribeTokens {

    private static final String KEY_NAME = "reminder-unsubscribe-hmac";
    private static final String PURPOSE = "reminders-off:";

    private final ReachKeys keys;
    private volatile byte @Nullable [] key;

    UnsubscribeTokens(ReachKeys keys) {
        this.keys = keys;
    }

    String tokenFor(long patientId) {
        return patientId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(patientId));
    }

    /** The patient a token was made for, or empty when it was not made here (forged, altered, cut). */
    Optional<Long> patientOf(@Nullable String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            long patientId = Long.parseLong(token.substring(0, dot));
            // compared as text, so a second spelling of the same bytes (base64's spare bits) is refused too
            boolean signed = MessageDigest.isEqual(
                    tokenFor(patientId).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
            return signed ? Optional.of(patientId) : Optional.empty();
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(long patientId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal((PURPOSE + patientId).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = Base64.getDecoder().decode(keys.key(KEY_NAME, () -> {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                return Base64.getEncoder().encodeToString(fresh);
            }));
            key = known;
        }
        return known;
    }
}
