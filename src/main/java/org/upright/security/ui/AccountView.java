package org.upright.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.upright.base.MessageBundles;
import org.upright.security.AccountService;

/** The user's own settings: the language the app speaks to them, and a way to change the password. */
@Route("account")
@Menu(title = "security.account.menu", order = 89, icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    // "" stands for "as my browser is set": a Select item cannot be null
    private static final String BROWSER = "";

    AccountView(AccountService accountService) {
        setMaxWidth("32rem");
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("security.account.language"));
        language.setHelperText(getTranslation("security.account.language-helper"));
        List<String> items = new ArrayList<>();
        items.add(BROWSER);
        MessageBundles.LANGUAGES.forEach(l -> items.add(l.getLanguage()));
        language.setItems(items);
        language.setItemLabelGenerator(tag -> tag.isEmpty()
                ? getTranslation("security.account.language-browser")
                : getTranslation("base.language." + tag));
        language.setWidthFull();
        Optional<Locale> chosen = accountService.ownLanguage();
        language.setValue(chosen.map(Locale::getLanguage).orElse(BROWSER));
        language.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            accountService.setOwnLanguage(e.getValue().isEmpty() ? null : Locale.forLanguageTag(e.getValue()));
            // a fresh page builds every text in the new language (the browser's, for "as my browser is set")
            getUI().ifPresent(ui -> ui.getPage().reload());
            Notification.show(getTranslation("security.account.language-saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(language, new Anchor("account/password", getTranslation("security.account.change-password")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.account.page-title");
    }
}
