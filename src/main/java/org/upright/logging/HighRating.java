package org.upright.logging;

/**
 * The rating at and above which a session gets calm advice instead of praise: the clinic's critical
 * alert threshold. The alert module owns that setting and provides it, so logging needs not know alerts.
 */
public interface HighRating {

    int threshold();
}
