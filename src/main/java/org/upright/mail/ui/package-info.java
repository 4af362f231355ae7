@NullMarked
package org.upright.mail.ui;

import org.jspecify.annotations.NullMarked;
