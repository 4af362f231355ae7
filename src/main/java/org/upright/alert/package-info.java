@NullMarked
package org.upright.alert;

import org.jspecify.annotations.NullMarked;
