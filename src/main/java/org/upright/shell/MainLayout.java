package org.upright.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.upright.base.Landmarks;
import org.upright.base.RendersEachEntry;
import org.upright.security.CurrentUser;

/**
 * The shell around every signed-in page: a skip link, the page's title as its one H1, a menu with
 * only what this user may open, and the page itself inside the one main landmark.
 */
@Layout
@AnonymousAllowed
// the menu is markup (see menu()): these keep the web components it uses in the frontend bundle
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    // the page shown after the last navigation, to tell a kept instance from a new one
    private @Nullable Component shown;

    static final String MAIN_ID = Landmarks.MAIN_ID;

    private final H1 pageTitle = new H1();
    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication, CurrentUser currentUser) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span(getTranslation("shell.brand"));
        brand.addClassName("brand");
        addToDrawer(new VerticalLayout(brand, menu(this)));

        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        pageTitle.addClassName("page-title");
        Span who = new Span(currentUser.find().map(p -> p.displayName()).orElse(""));
        who.addClassName("who");
        Button logout = new Button(getTranslation("shell.sign-out"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // the navbar comes first in the layout's order, so the skip link is the first thing Tab reaches
        header.add(skipLink(), new DrawerToggle(), pageTitle, who, logout);
        header.expand(pageTitle);
        addToNavbar(header);

        main.setId(MAIN_ID);
        main.addClassName("main-content");
        // focusable by script (the skip link), not by Tab
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    private Anchor skipLink() {
        return Landmarks.skipLink(getTranslation("shell.skip-to-content"));
    }

    @Override
    public void showRouterLayoutContent(@Nullable HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
            content.getElement().getComponent().ifPresent(view -> pageTitle.setText(heading(view)));
        }
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    /**
     * Vaadin keeps a page's instance when a link leads to the page already shown (the menu entry of the
     * current page, a form's own route after it was saved). Most pages are built for one visit: a saved
     * form would stay saved, Today would keep a plan the therapist has since changed. Such a visit
     * shows the page afresh, as a first opening does, unless it renders itself on every entry.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        UI ui = event.getLocationChangeEvent().getUI();
        Component view = ui.getCurrentView();
        boolean kept = view == shown;
        shown = view;
        if (kept && !(view instanceof RendersEachEntry)) {
            shown = null;
            // once this navigation has ended: the router ignores a second one to the location it is handling
            ui.beforeClientResponse(ui, context -> ui.refreshCurrentRoute(false));
        }
    }

    @Override
    public void removeRouterLayoutContent(@Nullable HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** The page's title without the product name that the browser tab shows after it. */
    static String heading(Component view) {
        String title = MenuConfiguration.getPageHeader(view).orElse("Upright");
        int product = title.lastIndexOf(" · ");
        return product > 0 ? title.substring(0, product) : title;
    }

    /**
     * The menu as the browser's own {@code <vaadin-side-nav>} markup, set once: it only links, and the
     * web component marks the current page itself, so a component per item and icon in every
     * session's state would cost memory for nothing (about 0.6 KB each).
     */
    private static Component menu(AppLayout layout) {
        StringBuilder items = new StringBuilder();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // the path exactly as SideNavItem writes it
            String path = new SideNavItem("", entry.path()).getElement().getAttribute("path");
            items.append("<vaadin-side-nav-item path=\"")
                    .append(Entities.escape(path))
                    .append("\">");
            if (entry.icon() != null) {
                items.append("<vaadin-icon slot=\"prefix\" icon=\"")
                        .append(Entities.escape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            items.append(Entities.escape(title(layout, entry.title()))).append("</vaadin-side-nav-item>");
        }
        return new Html("<vaadin-side-nav>" + items + "</vaadin-side-nav>");
    }

    /** A @Menu title is a message key ("logging.menu.today"); a title in words is shown as it is. */
    static String title(AppLayout layout, String title) {
        return MENU_KEY.matcher(title).matches() ? layout.getTranslation(title) : title;
    }

    private static final java.util.regex.Pattern MENU_KEY = java.util.regex.Pattern.compile("[a-z]+(\\.[a-z0-9-]+)+");
}
