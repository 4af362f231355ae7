/** Dashboards: the patient dashboard component (public, embedded by other pages), caseload and clinic overviews. */
@NullMarked
package org.upright.adherence.ui;

import org.jspecify.annotations.NullMarked;
