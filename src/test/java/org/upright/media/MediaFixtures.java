package org.upright.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Small real files of each kind, made in the test (pictures with ImageIO, videos as their first boxes). */
public final class MediaFixtures {

    private MediaFixtures() {}

    public static byte[] picture(String format, int width, int height, boolean alpha) {
        BufferedImage image =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 80, 140, alpha ? 128 : 255));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A 1 × 1 lossless WebP picture (ImageIO has no WebP writer; these are its 26 bytes). */
    public static byte[] webp() {
        return Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    }

    /** The start of an MP4 file: an ftyp box (brand isom), then an mdat box of the given payload size. */
    public static byte[] mp4(int payload) {
        byte[] bytes = new byte[24 + 8 + payload];
        byte[] ftyp = {
            0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'
        };
        System.arraycopy(ftyp, 0, bytes, 0, ftyp.length);
        int mdat = 8 + payload;
        bytes[24] = (byte) (mdat >>> 24);
        bytes[25] = (byte) (mdat >>> 16);
        bytes[26] = (byte) (mdat >>> 8);
        bytes[27] = (byte) mdat;
        bytes[28] = 'm';
        bytes[29] = 'd';
        bytes[30] = 'a';
        bytes[31] = 't';
        for (int i = 32; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    /** The start of a WebM file: the EBML header naming the document type "webm", then a segment id. */
    public static byte[] webm() {
        return new byte[] {
            0x1A,
            0x45,
            (byte) 0xDF,
            (byte) 0xA3,
            (byte) 0x9F,
            0x42,
            (byte) 0x86,
            (byte) 0x81,
            0x01,
            0x42,
            (byte) 0xF7,
            (byte) 0x81,
            0x01,
            0x42,
            (byte) 0xF2,
            (byte) 0x81,
            0x04,
            0x42,
            (byte) 0xF3,
            (byte) 0x81,
            0x08,
            0x42,
            (byte) 0x82,
            (byte) 0x84,
            'w',
            'e',
            'b',
            'm',
            0x42,
            (byte) 0x87,
            (byte) 0x81,
            0x02,
            0x42,
            (byte) 0x85,
            (byte) 0x81,
            0x02,
            0x18,
            0x53,
            (byte) 0x80,
            0x67,
            0x01,
            0,
            0,
            0,
            0,
            0,
            0,
            0
        };
    }

    /** A Windows program's first bytes. */
    public static byte[] exe() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[60] = (byte) 0x80;
        return bytes;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }
}
