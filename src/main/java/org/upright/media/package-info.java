/**
 * What patients see of an exercise besides its words: the line illustrations drawn for the built-in
 * exercises, and the pictures and short videos a clinic adds to any exercise.
 */
@NullMarked
package org.upright.media;

import org.jspecify.annotations.NullMarked;
