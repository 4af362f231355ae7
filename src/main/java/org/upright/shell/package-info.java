@NullMarked
package org.upright.shell;

import org.jspecify.annotations.NullMarked;
