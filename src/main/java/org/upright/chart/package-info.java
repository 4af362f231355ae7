/**
 * The one wrapper of Chart.js (from the npm registry, version pinned): a Vaadin component with a
 * typed Java API for line and bar charts, target lines and bands.
 */
@NullMarked
package org.upright.chart;

import org.jspecify.annotations.NullMarked;
