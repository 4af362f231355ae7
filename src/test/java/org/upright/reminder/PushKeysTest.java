package org.upright.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.interaso.webpush.VapidKeys;
import org.junit.jupiter.api.Test;

class PushKeysTest {

    @Test
    void every_stored_key_pair_reads_back_as_the_same_pair() {
        // half of all private numbers have their top bit set; forty pairs meet both kinds
        for (int i = 0; i < 40; i++) {
            VapidKeys made = VapidKeys.generate();
            String publicKey = PushKeys.base64Url(made.getApplicationServerKey());
            VapidKeys read = VapidKeys.fromUncompressedBytes(publicKey, PushKeys.encodePrivate(made));
            assertThat(read.getPrivateKey().getS())
                    .isEqualTo(made.getPrivateKey().getS());
            assertThat(read.getApplicationServerKey()).isEqualTo(made.getApplicationServerKey());
        }
    }
}
