package org.upright.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded file really is, told by its first bytes (never by its name or the type the browser
 * declares), and the picture sizes the app keeps.
 */
final class UploadedFile {

    /** The widths kept of a picture: one for a page, one for a list on a phone. */
    static final int FULL_WIDTH = 1280;

    static final int SMALL_WIDTH = 480;

    /** Pictures larger than this many pixels are refused before they are decoded (a small file can unpack huge). */
    static final long MAX_PIXELS = 40_000_000L;

    enum Type {
        PNG(MediaKind.IMAGE, "image/png"),
        JPEG(MediaKind.IMAGE, "image/jpeg"),
        WEBP(MediaKind.IMAGE, "image/webp"),
        MP4(MediaKind.VIDEO, "video/mp4"),
        WEBM(MediaKind.VIDEO, "video/webm");

        final MediaKind kind;
        final String contentType;

        Type(MediaKind kind, String contentType) {
            this.kind = kind;
            this.contentType = contentType;
        }
    }

    /** A picture as stored: the page-sized and the small variant, both in one format. */
    record Picture(String contentType, byte[] full, int width, int height, byte[] small) {}

    private UploadedFile() {}

    /** The file's type from its content; refuses SVG, HTML, programs and everything else by name. */
    static Type sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Type.PNG;
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Type.JPEG;
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Type.WEBP;
        }
        if (starts(b, 4, 'f', 't', 'y', 'p') && b.length >= 12) {
            String brand = new String(b, 8, 4, StandardCharsets.ISO_8859_1);
            // the same box starts HEIC and AVIF pictures, which browsers cannot all show
            if (!brand.matches("heic|heix|hevc|mif1|msf1|avif|avis")) {
                return Type.MP4;
            }
        }
        if (starts(b, 0, 0x1A, 0x45, 0xDF, 0xA3)
                && new String(b, 0, Math.min(b.length, 64), StandardCharsets.ISO_8859_1).contains("webm")) {
            return Type.WEBM;
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT)
                .strip();
        if (head.contains("<svg")) {
            throw new MediaRefused("media.refused.svg");
        }
        throw new MediaRefused("media.refused.type");
    }

    /** Decodes a picture, checks its size in pixels, and writes the two widths (JPEG, or PNG to keep transparency). */
    static Picture picture(byte[] bytes) {
        BufferedImage image = decode(bytes);
        boolean alpha = image.getColorModel().hasAlpha();
        String format = alpha ? "png" : "jpeg";
        BufferedImage full = scaled(image, FULL_WIDTH, alpha);
        BufferedImage small = scaled(image, SMALL_WIDTH, alpha);
        return new Picture(
                alpha ? "image/png" : "image/jpeg",
                encode(full, format),
                full.getWidth(),
                full.getHeight(),
                encode(small, format));
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new MediaRefused("media.refused.damaged");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new MediaRefused("media.refused.pixels", MAX_PIXELS / 1_000_000);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRefused refused) {
                throw refused;
            }
            throw new MediaRefused("media.refused.damaged");
        }
    }

    private static BufferedImage scaled(BufferedImage image, int maxWidth, boolean alpha) {
        int width = Math.min(maxWidth, image.getWidth());
        int height = Math.max(1, (int) Math.round(image.getHeight() * (width / (double) image.getWidth())));
        BufferedImage out =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (format.equals("png")) {
                ImageIO.write(image, "png", bytes);
                return bytes.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean starts(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The kind a file's name claims, if any. A file whose name claims a video but holds a picture (or
     * the other way round) is refused: it is not what the therapist meant to add.
     */
    static @Nullable MediaKind claimedKind(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "png", "jpg", "jpeg", "webp", "gif", "svg", "heic", "avif" -> MediaKind.IMAGE;
            case "mp4", "m4v", "webm", "mov" -> MediaKind.VIDEO;
            default -> null;
        };
    }
}
