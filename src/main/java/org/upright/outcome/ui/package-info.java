/** The outcome measures' screens: the due card on Today, answering, the therapist's section, charts and words. */
@org.jspecify.annotations.NullMarked
package org.upright.outcome.ui;
