@NullMarked
package org.upright.program.ui;

import org.jspecify.annotations.NullMarked;
