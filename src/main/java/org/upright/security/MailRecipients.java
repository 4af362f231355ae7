package org.upright.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.mail.Recipient;
import org.upright.mail.Recipients;

/**
 * Accounts as the outbox sees them at send time, in the language the person chose under My account;
 * one who follows the browser gets English, since a message has no browser to follow.
 */
@Component
class MailRecipients implements Recipients {

    private final UserAccountRepository accounts;

    MailRecipients(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Recipient> find(long accountId) {
        return accounts.findById(accountId)
                .map(a -> new Recipient(
                        a.getId(),
                        a.getEmail(),
                        a.getDisplayName(),
                        a.getLanguage() == null ? Locale.ENGLISH : Locale.forLanguageTag(a.getLanguage()),
                        a.isEnabled()));
    }
}
