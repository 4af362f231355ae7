@NullMarked
package org.upright.patient;

import org.jspecify.annotations.NullMarked;
