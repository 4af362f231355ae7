package org.upright.mail;

import org.jspecify.annotations.Nullable;

/**
 * A message ready to deliver: a subject (a push title), the plain text, a simple HTML body (its values
 * escaped by the template) and the one link the message is about, if any.
 */
public record RenderedMessage(
        String subject, String text, String html, @Nullable String link) {}
