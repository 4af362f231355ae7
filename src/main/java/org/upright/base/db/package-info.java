@NullMarked
package org.upright.base.db;

import org.jspecify.annotations.NullMarked;
