@NullMarked
package org.upright.demo;

import org.jspecify.annotations.NullMarked;
