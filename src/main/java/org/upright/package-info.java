@NullMarked
package org.upright;

import org.jspecify.annotations.NullMarked;
