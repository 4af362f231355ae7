@NullMarked
package org.upright.security.ui;

import org.jspecify.annotations.NullMarked;
