/**
 * Messages to people outside the app (e-mail, and Web Push from the reach module), through an outbox.
 *
 * <p>The API, all in this package:
 *
 * <ul>
 *   <li>{@link Outbox#enqueue(OutgoingMessage)} queues a message as a row of outbox_message and answers
 *       false when that (recipient, kind, occasion) is queued already, so a caller may enqueue the same
 *       occasion again without sending twice. Enqueue inside the caller's transaction: the row commits
 *       with the caller's work or not at all.
 *   <li>{@link OutgoingMessage}: recipient account id, {@link Channel}, kind (which template),
 *       occasion (what makes it one message: an id, a date), a small payload of key/values for the
 *       template, and when it is due. Never health data in the payload: no rating, note, diagnosis or
 *       exercise, and no patient's name in a message for staff.
 *   <li>{@link MessageTemplate}: a bean of any module, one per kind; renders a {@link RenderedMessage}
 *       (subject, plain text, simple HTML, link) at send time, once per attempt, in the recipient's
 *       language. A template may create what the message needs then (e.g. a one-time token), so that no
 *       secret sits in the outbox.
 *   <li>{@link DeliveryChannel}: a bean per {@link Channel}; this module delivers {@link Channel#EMAIL}.
 *   <li>{@link Recipients}: implemented by the security module; who an account is at send time
 *       (address, name, language, whether still active). An inactive recipient gets nothing.
 *   <li>{@link Letterhead}: implemented by the clinic module; the clinic's name and contact for the
 *       footer of every e-mail.
 *   <li>{@link PublicLinks}: absolute links into the app ({@code upright.public-url}).
 * </ul>
 *
 * <p>{@link OutboxWorker} sends the due rows: it claims a batch with one conditional UPDATE (safe with
 * several app instances on one database), delivers each, marks it sent, and on failure tries again
 * after a growing delay, up to {@link OutboxWorker#MAX_ATTEMPTS} attempts; then the row is failed and
 * shown on the admin's Mail page, where it can be retried.
 */
@NullMarked
package org.upright.mail;

import org.jspecify.annotations.NullMarked;
