package org.upright.outcome;

/** The English words for one answer value of an item; translations are on {@link Questionnaire}. */
public record AnswerOption(int value, String text) {}
