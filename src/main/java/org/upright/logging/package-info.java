@NullMarked
package org.upright.logging;

import org.jspecify.annotations.NullMarked;
