package org.upright.outcome;

/** Why a completed questionnaire has no score; each is said in words on the screens. */
public enum NotScored {
    /** More items unanswered than the instrument's rule allows. */
    TOO_MANY_MISSING,
    /** Nothing was answered (or, for named activities, none was named). */
    NO_ANSWER
}
