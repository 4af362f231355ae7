package org.upright.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.upright.base.MessageBundles;
import org.upright.security.AccountService;

/**
 * Each new page (a new UI, also right after sign-in) speaks the user's chosen language, else the
 * first language of the browser's list that the app has, else English.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    private final AccountService accountService;
    private final boolean pseudoLocale;

    UiLanguage(AccountService accountService, @Value("${upright.i18n.pseudo-locale:false}") boolean pseudoLocale) {
        this.accountService = accountService;
        this.pseudoLocale = pseudoLocale;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    void apply(UI ui) {
        VaadinRequest request = VaadinRequest.getCurrent();
        List<Locale> browser = request == null ? List.of() : Collections.list(request.getLocales());
        Locale locale = pick(accountService.ownLanguage(), browser, pseudoLocale);
        ui.setLocale(locale);
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        // Vaadin's connection indicator speaks English unless told otherwise
        ui.getPage()
                .executeJs(
                        """
                        const texts = { onlineText: $0, offlineText: $1, reconnectingText: $2 };
                        const apply = () => {
                          const ci = (window.Vaadin && window.Vaadin.connectionIndicator)
                              || document.querySelector('vaadin-connection-indicator');
                          if (ci) { Object.assign(ci, texts); }
                          return !!ci;
                        };
                        // the indicator may be made after this runs; set the texts once it is there
                        if (!apply()) {
                          const watch = new MutationObserver(() => { if (apply()) watch.disconnect(); });
                          watch.observe(document.body, { childList: true, subtree: true });
                        }
                        setTimeout(apply, 500);""",
                        ui.getTranslation("security.connection.online"),
                        ui.getTranslation("security.connection.offline"),
                        ui.getTranslation("security.connection.reconnecting"));
    }

    /** The user's choice, then the browser's languages in its order of preference, then English. */
    static Locale pick(Optional<Locale> chosen, List<Locale> browser, boolean pseudoLocale) {
        if (chosen.isPresent()) {
            return supported(chosen.get()).orElse(Locale.ENGLISH);
        }
        for (Locale wanted : browser) {
            if (pseudoLocale && MessageBundles.PSEUDO.equals(wanted)) {
                return MessageBundles.PSEUDO;
            }
            Optional<Locale> match = supported(wanted);
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Locale.ENGLISH;
    }

    private static Optional<Locale> supported(Locale wanted) {
        return MessageBundles.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst();
    }
}
