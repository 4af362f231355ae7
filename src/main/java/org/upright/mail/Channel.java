package org.upright.mail;

/** How a message reaches its recipient. */
public enum Channel {
    EMAIL,
    PUSH
}
