package org.upright.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text the app shows, from message bundles: each module keeps its own
 * {@code i18n/<module>.properties} (English, the fallback) with {@code <module>_de.properties}
 * and so on beside it, so modules never edit one shared file. Keys start with the module's name
 * and are unique across bundles. Values are {@link MessageFormat} patterns (plurals with
 * {@code choice}) in which an apostrophe is a plain apostrophe. Vaadin finds this provider as a bean and uses it for
 * {@code getTranslation(...)}; code outside components uses {@link #text}.
 */
@Component
public class MessageBundles implements I18NProvider {

    private static final Pattern BUNDLE_NAME = Pattern.compile("([a-z0-9-]+)(?:_([a-zA-Z_]+))?\\.properties");

    /** The languages the app speaks; English is complete and is the fallback for every key. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.of("es"));

    /**
     * A test-only language: English made about 40 % longer, accented and bracketed (⟦…⟧), so text
     * cut short or left untranslated shows in a browser test. Never offered to users.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private final Map<String, Map<String, String>> byLanguage;

    public MessageBundles() {
        this("classpath*:i18n/*.properties");
    }

    MessageBundles(String pattern) {
        Map<String, Map<String, String>> loaded = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                Matcher name = BUNDLE_NAME.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    continue;
                }
                String language = name.group(2) == null ? "" : name.group(2);
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                Map<String, String> texts = loaded.computeIfAbsent(language, l -> new HashMap<>());
                for (String key : properties.stringPropertyNames()) {
                    String previous = texts.put(key, properties.getProperty(key));
                    if (previous != null) {
                        throw new IllegalStateException(
                                "Message key " + key + " is defined in two bundles (" + language + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the message bundles", e);
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        loaded.forEach((language, texts) -> frozen.put(language, Map.copyOf(texts)));
        this.byLanguage = Collections.unmodifiableMap(frozen);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        return text(locale == null ? Locale.ENGLISH : locale, key, params);
    }

    /**
     * The text for a key in a language: the most specific bundle that has the key (de_CH, de,
     * then English). A key no bundle has shows as {@code !key!}, so a gap is visible, not blank.
     */
    public String text(Locale locale, String key, Object... params) {
        if (PSEUDO.equals(locale)) {
            return pseudo(text(Locale.ENGLISH, key, params));
        }
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (params.length == 0) {
            return pattern;
        }
        // Apostrophes are plain text in our bundles ("Don't"), never MessageFormat quotes.
        return new MessageFormat(pattern.replace("'", "''"), locale).format(params);
    }

    private @Nullable String pattern(Locale locale, String key) {
        for (String language : candidates(locale)) {
            Map<String, String> texts = byLanguage.get(language);
            if (texts != null && texts.containsKey(key)) {
                return texts.get(key);
            }
        }
        return null;
    }

    private static List<String> candidates(Locale locale) {
        List<String> names = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            names.add(locale.getLanguage() + "_" + locale.getCountry());
        }
        if (!locale.getLanguage().isEmpty() && !locale.getLanguage().equals("en")) {
            names.add(locale.getLanguage());
        }
        names.add("");
        return names;
    }

    private static final String PLAIN = "aceinorsuyAEIOUCNSY";
    private static final String ACCENTED = "àçéîñöŕšüýÅÉÎÖÜÇÑŠÝ";

    /** English in pseudo-locale dress: accented letters, about 40 % longer, between ⟦ and ⟧. */
    static String pseudo(String english) {
        StringBuilder out = new StringBuilder("⟦");
        for (char c : english.toCharArray()) {
            int i = PLAIN.indexOf(c);
            out.append(i < 0 ? c : ACCENTED.charAt(i));
        }
        int extra = (int) Math.ceil(english.length() * 0.4);
        for (int i = 0; i < extra; i++) {
            // breakable padding, as long words in German or Spanish would be
            out.append(i % 6 == 0 ? ' ' : '~');
        }
        return out.append('⟧').toString();
    }

    /** The keys of one language's bundles ("" for the English fallback), for completeness checks. */
    public Set<String> keys(String language) {
        return new TreeSet<>(byLanguage.getOrDefault(language, Map.of()).keySet());
    }
}
