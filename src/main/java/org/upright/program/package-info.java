@NullMarked
package org.upright.program;

import org.jspecify.annotations.NullMarked;
