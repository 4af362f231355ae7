@NullMarked
package org.upright.notice.ui;

import org.jspecify.annotations.NullMarked;
