@NullMarked
package org.upright.reminder;

import org.jspecify.annotations.NullMarked;
