package org.upright.mail;

import java.util.Locale;

/** Who a message goes to, as the account is at send time. */
public record Recipient(long accountId, String address, String displayName, Locale language, boolean active) {}
