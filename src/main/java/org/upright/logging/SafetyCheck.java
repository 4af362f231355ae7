package org.upright.logging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One answered safety check as the therapist reads it: every question with its answer. */
public record SafetyCheck(long id, Instant answeredAt, Map<RedFlagQuestion, Boolean> answers, List<String> unknown) {

    public boolean anyYes() {
        return answers.containsValue(Boolean.TRUE);
    }

    public List<RedFlagQuestion> yes() {
        return answers.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .toList();
    }
}
