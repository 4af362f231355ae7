package org.upright.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.upright.security.CurrentUser;

/** The shell around every signed-in page: a menu with only what this user may open. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span(getTranslation("shell.brand"));
        brand.addClassName("brand");
        addToDrawer(new VerticalLayout(brand, menu(this)));

        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        Span who = new Span(currentUser.find().map(p -> p.displayName()).orElse(""));
        who.addClassName("who");
        Button logout = new Button(getTranslation("shell.sign-out"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        header.add(new DrawerToggle(), who, logout);
        header.expand(who);
        addToNavbar(header);
    }

    private static SideNav menu(AppLayout layout) {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(title(layout, entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    /** A @Menu title is a message key ("logging.menu.today"); a title in words is shown as it is. */
    static String title(AppLayout layout, String title) {
        return MENU_KEY.matcher(title).matches() ? layout.getTranslation(title) : title;
    }

    private static final java.util.regex.Pattern MENU_KEY = java.util.regex.Pattern.compile("[a-z]+(\\.[a-z0-9-]+)+");
}
