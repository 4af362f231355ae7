@NullMarked
package org.upright.security;

import org.jspecify.annotations.NullMarked;
