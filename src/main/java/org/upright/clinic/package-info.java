/** The clinic's own details (name, phone, e-mail, address, local emergency number) that patients are shown. */
@NullMarked
package org.upright.clinic;

import org.jspecify.annotations.NullMarked;
