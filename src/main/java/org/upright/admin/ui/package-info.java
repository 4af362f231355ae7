@NullMarked
package org.upright.admin.ui;

import org.jspecify.annotations.NullMarked;
