@NullMarked
package org.upright.admin;

import org.jspecify.annotations.NullMarked;
