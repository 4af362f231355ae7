package org.upright.logging;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What seemed to bring the pain on; a fixed set so the therapist can see patterns. */
public enum ContextTag {
    DESK_WORK("Desk work"),
    SPORT("Sport"),
    LIFTING("Lifting or carrying"),
    SLEEP("Sleep");

    private final String label;

    ContextTag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The column form: names in a fixed order, comma-separated; null when there are none. */
    static @Nullable String toColumn(Set<ContextTag> tags) {
        return tags.isEmpty()
                ? null
                : EnumSet.copyOf(tags).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<ContextTag> fromColumn(@Nullable String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(ContextTag.class);
        }
        Set<ContextTag> tags = EnumSet.noneOf(ContextTag.class);
        for (String name : column.split(",")) {
            tags.add(valueOf(name.trim()));
        }
        return tags;
    }
}
