/** The admin's clinic settings page. */
@NullMarked
package org.upright.clinic.ui;

import org.jspecify.annotations.NullMarked;
