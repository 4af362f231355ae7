package org.upright.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadedFileTest {

    @Test
    void the_type_comes_from_the_first_bytes() {
        assertThat(UploadedFile.sniff(MediaFixtures.picture("png", 10, 10, false)))
                .isEqualTo(UploadedFile.Type.PNG);
        assertThat(UploadedFile.sniff(MediaFixtures.picture("jpeg", 10, 10, false)))
                .isEqualTo(UploadedFile.Type.JPEG);
        assertThat(UploadedFile.sniff(MediaFixtures.webp())).isEqualTo(UploadedFile.Type.WEBP);
        assertThat(UploadedFile.sniff(MediaFixtures.mp4(100))).isEqualTo(UploadedFile.Type.MP4);
        assertThat(UploadedFile.sniff(MediaFixtures.webm())).isEqualTo(UploadedFile.Type.WEBM);
    }

    @Test
    void programs_pages_and_drawings_are_refused_whatever_their_name() {
        assertThatThrownBy(() -> UploadedFile.sniff(MediaFixtures.exe()))
                .isInstanceOfSatisfying(
                        MediaRefused.class, r -> assertThat(r.key()).isEqualTo("media.refused.type"));
        assertThatThrownBy(() -> UploadedFile.sniff(MediaFixtures.html()))
                .isInstanceOfSatisfying(
                        MediaRefused.class, r -> assertThat(r.key()).isEqualTo("media.refused.type"));
        assertThatThrownBy(() -> UploadedFile.sniff(MediaFixtures.svg()))
                .isInstanceOfSatisfying(
                        MediaRefused.class, r -> assertThat(r.key()).isEqualTo("media.refused.svg"));
    }

    @Test
    void a_large_picture_is_kept_at_1280_and_480_pixels_wide_in_its_proportions() throws IOException {
        UploadedFile.Picture picture = UploadedFile.picture(MediaFixtures.picture("jpeg", 3000, 2000, false));

        assertThat(picture.contentType()).isEqualTo("image/jpeg");
        assertThat(picture.width()).isEqualTo(1280);
        assertThat(picture.height()).isEqualTo(853);
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(picture.full()));
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(picture.small()));
        assertThat(full.getWidth()).isEqualTo(1280);
        assertThat(small.getWidth()).isEqualTo(480);
        assertThat(small.getHeight()).isEqualTo(320);
    }

    @Test
    void a_small_picture_is_not_enlarged_and_a_transparent_one_stays_png() {
        UploadedFile.Picture picture = UploadedFile.picture(MediaFixtures.picture("png", 300, 200, true));

        assertThat(picture.contentType()).isEqualTo("image/png");
        assertThat(picture.width()).isEqualTo(300);
        assertThat(picture.height()).isEqualTo(200);
    }

    @Test
    void a_webp_picture_is_read_and_kept_as_png_or_jpeg() {
        UploadedFile.Picture picture = UploadedFile.picture(MediaFixtures.webp());

        assertThat(picture.contentType()).isIn("image/png", "image/jpeg");
        assertThat(picture.width()).isEqualTo(1);
    }

    @Test
    void a_picture_whose_body_is_broken_is_refused_as_damaged() {
        byte[] png = MediaFixtures.picture("png", 50, 50, false);
        byte[] broken = java.util.Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> UploadedFile.picture(broken))
                .isInstanceOfSatisfying(
                        MediaRefused.class, r -> assertThat(r.key()).isEqualTo("media.refused.damaged"));
    }
}
