@NullMarked
package org.upright.base;

import org.jspecify.annotations.NullMarked;
