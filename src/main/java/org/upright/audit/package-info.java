@NullMarked
package org.upright.audit;

import org.jspecify.annotations.NullMarked;
