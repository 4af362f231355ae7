package org.upright.media;

/** A clinic's picture or short video of an exercise. */
public enum MediaKind {
    IMAGE,
    VIDEO
}
