package org.upright.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One version of a questionnaire, as stored (V62): its items and options in English, the scoring
 * rule, the score's range and direction, its MCID (null: none), how many items may be missing for a
 * score, and the texts in other languages ({@code translations}: language → key → text, keys
 * {@code title}, {@code item.<linkId>}, {@code item.<linkId>.option.<value>}; English is the fallback).
 *
 * @param patientNamedItems the patient names {@code minNamedItems}..{@code maxNamedItems} activities at
 *     baseline and the one item is asked for each of them, again at every later occasion
 * @param ratesChange it asks about change since the start, so it is never asked at the start
 * @param mainMeasure its latest change is the one the caseload shows
 */
public record Questionnaire(
        long id,
        String code,
        int version,
        String title,
        @Nullable String loincCode,
        ScoringRule scoring,
        double minScore,
        double maxScore,
        boolean higherIsBetter,
        @Nullable Double mcid,
        int maxMissing,
        boolean showPercent,
        boolean patientNamedItems,
        @Nullable Integer minNamedItems,
        @Nullable Integer maxNamedItems,
        boolean ratesChange,
        boolean mainMeasure,
        boolean scheduledByDefault,
        List<QuestionnaireItem> items,
        Map<String, Map<String, String>> translations) {

    public Questionnaire {
        items = List.copyOf(items);
        translations = Map.copyOf(translations);
    }

    public String title(Locale locale) {
        return text(locale, "title", title);
    }

    public String itemText(QuestionnaireItem item, Locale locale) {
        return text(locale, "item." + item.linkId(), item.text());
    }

    public String optionText(QuestionnaireItem item, AnswerOption option, Locale locale) {
        return text(locale, "item." + item.linkId() + ".option." + option.value(), option.text());
    }

    /** The score as a share of its range, 0–100 (the disability index is read as a percentage). */
    public double percent(double score) {
        return (score - minScore) / (maxScore - minScore) * 100;
    }

    private String text(Locale locale, String key, String english) {
        Map<String, String> texts = translations.get(locale.getLanguage());
        return texts == null ? english : texts.getOrDefault(key, english);
    }
}
