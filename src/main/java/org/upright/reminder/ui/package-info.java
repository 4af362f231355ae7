@NullMarked
package org.upright.reminder.ui;

import org.jspecify.annotations.NullMarked;
