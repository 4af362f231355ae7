@NullMarked
package org.upright.logging.ui;

import org.jspecify.annotations.NullMarked;
