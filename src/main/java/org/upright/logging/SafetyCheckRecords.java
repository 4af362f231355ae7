package org.upright.logging;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every safety check a patient answered, oldest first, for the record exports. A data door for
 * services: the caller checks that the patient may be read, and audits the reading.
 */
@Component
public class SafetyCheckRecords {

    private final RedFlagChecks stored;

    SafetyCheckRecords(RedFlagChecks stored) {
        this.stored = stored;
    }

    @Transactional(readOnly = true)
    public List<SafetyCheck> of(long patientId) {
        return stored.all(patientId).reversed().stream()
                .map(c -> SafetyCheckHistory.parse(c.id(), c.answeredAt(), c.answers()))
                .toList();
    }
}
