package org.upright.base;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a name a person reads (patients, staff, exercises, templates): stored in NFC
 * with ordinary spaces, free of control, formatting and invisible characters, and holding at
 * least one letter, so that no name can look empty or hide reversed text.
 */
public final class Names {

    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");

    private Names() {}

    /** NFC, every kind of space made an ordinary one, runs of spaces made one, trimmed. */
    public static String normalise(String name) {
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    /** Why this (non-blank) name is refused, or empty when it is acceptable. */
    public static Optional<Problem> problem(String name) {
        String normalised = normalise(name);
        if (normalised.codePoints().anyMatch(Names::isHidden)) {
            return Optional.of(Problem.of("base.error.name-hidden"));
        }
        if (normalised.codePoints().noneMatch(Character::isLetter)) {
            return Optional.of(Problem.of("base.error.name-no-letter"));
        }
        return Optional.empty();
    }

    private static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            // fillers and blanks that are drawn as nothing though Unicode counts some of them as letters
            default ->
                codePoint == 0x115F
                        || codePoint == 0x1160
                        || codePoint == 0x3164
                        || codePoint == 0xFFA0
                        || codePoint == 0x2800;
        };
    }
}
