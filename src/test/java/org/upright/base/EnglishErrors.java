package org.upright.base;

import java.util.Locale;
import java.util.Map;

/** What an English reader is shown for a service's refusal, for tests that check the wording. */
public final class EnglishErrors {

    private static final MessageBundles BUNDLES = new MessageBundles();

    private EnglishErrors() {}

    /** Each field in error with its English message. */
    public static Map<String, String> of(InvalidInputException ex) {
        return ServiceErrors.texts(BUNDLES, Locale.ENGLISH, ex);
    }

    /** The whole message in English, as a view shows it. */
    public static String text(Throwable ex) {
        return ServiceErrors.text(BUNDLES, Locale.ENGLISH, (RuntimeException) ex);
    }
}
