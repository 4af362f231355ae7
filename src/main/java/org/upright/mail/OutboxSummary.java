package org.upright.mail;

/** The outbox at a glance: waiting to be sent (of which being retried), sent, failed for good. */
public record OutboxSummary(long queued, long retrying, long sent, long failed) {}
