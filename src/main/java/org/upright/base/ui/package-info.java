@NullMarked
package org.upright.base.ui;

import org.jspecify.annotations.NullMarked;
