/**
 * Operations: who may reach the actuator endpoints, and the app's own metrics that belong to no
 * other module (failed sign-ins). Uses the security module's role names; nothing depends on it.
 */
@NullMarked
package org.upright.ops;

import org.jspecify.annotations.NullMarked;
