@NullMarked
package org.upright.notice;

import org.jspecify.annotations.NullMarked;
