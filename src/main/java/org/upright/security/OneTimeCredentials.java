package org.upright.security;

/** An account and the password to hand over once; the user must change it at first sign-in. */
public record OneTimeCredentials(UserAccount account, String password) {}
