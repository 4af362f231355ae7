/** The alerts inbox and the admin's alert thresholds. */
@NullMarked
package org.upright.alert.ui;

import org.jspecify.annotations.NullMarked;
