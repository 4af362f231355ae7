package org.upright.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one way to turn what a service refused into text in the reader's language: services throw
 * message keys with arguments ({@link InvalidInputException}, {@link ConflictException}), views
 * show them through here.
 */
public final class ServiceErrors {

    private ServiceErrors() {}

    /** Each field in error with its translated message, for {@link FieldErrors#show}. */
    public static Map<String, String> texts(Component view, InvalidInputException ex) {
        Texts texts = forView(view);
        Map<String, String> out = new LinkedHashMap<>();
        ex.problems().forEach((field, problem) -> out.put(field, texts.text(problem)));
        return out;
    }

    /** One message for anything a service throws at a user: its fields' messages joined, or its own. */
    public static String text(Component view, RuntimeException ex) {
        return forView(view).text(ex);
    }

    public static String text(Component view, Problem problem) {
        return forView(view).text(problem);
    }

    /** The same, where there is no component to ask (an error handler): from the bundles in a language. */
    public static String text(MessageBundles bundles, Locale locale, RuntimeException ex) {
        return new Texts(locale, (key, args) -> bundles.text(locale, key, args)).text(ex);
    }

    public static Map<String, String> texts(MessageBundles bundles, Locale locale, InvalidInputException ex) {
        Texts texts = new Texts(locale, (key, args) -> bundles.text(locale, key, args));
        Map<String, String> out = new LinkedHashMap<>();
        ex.problems().forEach((field, problem) -> out.put(field, texts.text(problem)));
        return out;
    }

    private static Texts forView(Component view) {
        UI ui = UI.getCurrent();
        return new Texts(ui == null ? Locale.ENGLISH : ui.getLocale(), view::getTranslation);
    }

    private interface Translator {
        String translate(String key, Object... args);
    }

    private record Texts(Locale locale, Translator translator) {

        String text(RuntimeException ex) {
            return switch (ex) {
                case InvalidInputException invalid ->
                    String.join(
                            " ",
                            invalid.problems().values().stream().map(this::text).toList());
                case ConflictException conflict -> text(conflict.problem());
                case NotFoundException notFound -> translator.translate(NotFoundException.KEY);
                default -> String.valueOf(ex.getMessage());
            };
        }

        // a day among the arguments is written the reader's way
        String text(Problem problem) {
            Object[] args = problem.argArray();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof LocalDate day) {
                    args[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                            .withLocale(locale)
                            .format(day);
                }
            }
            return translator.translate(problem.key(), args);
        }
    }
}
