@NullMarked
package org.upright.export.ui;

import org.jspecify.annotations.NullMarked;
