@NullMarked
package org.upright.alert.ui;

import org.jspecify.annotations.NullMarked;
