package org.upright.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The line drawings of the built-in exercises, kept as SVG under {@code META-INF/resources/illustrations}
 * (so the browser loads them as plain files) and keyed by the exercise's code, which never changes
 * when a clinic renames an exercise. Each has a text alternative under {@code media.illustration.<code>}.
 */
public final class Illustrations {

    static final String FOLDER = "META-INF/resources/illustrations/";

    private static final Map<String, Optional<String>> SVG = new ConcurrentHashMap<>();

    private Illustrations() {}

    /** The SVG text drawn for an exercise code, or empty when the exercise has no illustration. */
    public static Optional<String> svg(String exerciseCode) {
        return SVG.computeIfAbsent(fileName(exerciseCode), Illustrations::load);
    }

    /** The address the browser loads the illustration from, relative to the app's base. */
    public static String url(String exerciseCode) {
        return "illustrations/" + fileName(exerciseCode);
    }

    /** The message key of the illustration's text alternative. */
    public static String altKey(String exerciseCode) {
        return "media.illustration." + exerciseCode;
    }

    private static String fileName(String exerciseCode) {
        // codes are upper-case letters, digits and underscores; anything else names no file
        String safe = exerciseCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        return safe + ".svg";
    }

    private static Optional<String> load(String fileName) {
        try (InputStream in = Illustrations.class.getClassLoader().getResourceAsStream(FOLDER + fileName)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
