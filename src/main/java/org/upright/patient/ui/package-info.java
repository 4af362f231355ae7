@NullMarked
package org.upright.patient.ui;

import org.jspecify.annotations.NullMarked;
