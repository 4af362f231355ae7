@NullMarked
package org.upright.export;

import org.jspecify.annotations.NullMarked;
