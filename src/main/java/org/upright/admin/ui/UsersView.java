package org.upright.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.upright.admin.AdminService;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.LocalFormats;
import org.upright.base.ServiceErrors;
import org.upright.security.AccountService;
import org.upright.security.CurrentUser;
import org.upright.security.OneTimeCredentials;
import org.upright.security.PasswordLinks;
import org.upright.security.PasswordPolicy;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** Staff accounts: create therapists and admins, disable and enable them, reset passwords. */
@Route("admin/users")
@Menu(title = "admin.users.menu", order = 10, icon = "vaadin:user-card")
@RolesAllowed(Role.ADMIN_ROLE)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.page-title");
    }

    /** Whether the app makes the one-time password or the admin types it. */
    private enum PasswordChoice {
        GENERATE,
        TYPE
    }

    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    final Button create = new Button(getTranslation("admin.users.new"));
    final TextField search = new TextField();
    private final AccountService accountService;
    private final AdminService admin;
    private final long me;

    private final PasswordLinks passwordLinks;

    UsersView(AccountService accountService, AdminService admin, CurrentUser currentUser, PasswordLinks passwordLinks) {
        this.passwordLinks = passwordLinks;
        this.accountService = accountService;
        this.admin = admin;
        this.me = currentUser.require().accountId();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openCreateDialog());

        grid.addColumn(UserAccount::getDisplayName)
                .setHeader(getTranslation("admin.users.name"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(UserAccount::getEmail)
                .setHeader(getTranslation("admin.users.email"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(a -> roleName(a.getRole()))
                .setHeader(getTranslation("admin.users.role"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(
                        !a.isEnabled()
                                ? "admin.users.status.disabled"
                                : a.isMustChangePassword()
                                        ? "admin.users.status.one-time-password"
                                        : "admin.users.status.active"))
                .setHeader(getTranslation("admin.users.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.getLastLoginAt() == null
                        ? getTranslation("admin.users.never")
                        : getTranslation(
                                "admin.users.utc",
                                LocalFormats.dayAndTime(a.getLastLoginAt(), ZoneOffset.UTC, getLocale(), false)))
                .setHeader(getTranslation("admin.users.last-sign-in"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.users.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("admin.users.none"));
        grid.setSizeFull();

        setSizeFull();
        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> {
            grid.getListDataView().refreshAll();
            emptyState();
        });
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(new Paragraph(getTranslation("admin.users.intro")), toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** An empty grid says whether the clinic has no staff yet or only nothing matches the search. */
    private void emptyState() {
        String text = search.getValue().isBlank() ? "" : search.getValue().strip();
        grid.setEmptyStateText(
                text.isEmpty() ? getTranslation("admin.users.none") : getTranslation("admin.users.no-match", text));
    }

    private HorizontalLayout actions(UserAccount account) {
        Button toggle = new Button(
                getTranslation(account.isEnabled() ? "admin.users.disable" : "admin.users.enable"),
                click -> confirmToggle(account));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel(getTranslation(
                account.isEnabled() ? "admin.users.disable.name" : "admin.users.enable.name",
                account.getDisplayName()));
        toggle.setEnabled(account.getId() != me);
        Button reset = new Button(getTranslation("admin.users.reset"), click -> confirmReset(account));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setAriaLabel(getTranslation("admin.users.reset.name", account.getDisplayName()));
        reset.setEnabled(account.isEnabled() && account.getId() != me);
        Button link = new Button(getTranslation("security.staff.sendLink"), click -> confirmPasswordLink(account));
        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.setEnabled(account.isEnabled());
        return new HorizontalLayout(toggle, reset, link);
    }

    private void confirmToggle(UserAccount account) {
        boolean disabling = account.isEnabled();
        int patients = disabling && account.getRole() == Role.THERAPIST ? admin.patientsOf(account.getId()) : 0;
        if (patients > 0) {
            List<UserAccount> others = accountService.staff().stream()
                    .filter(a -> a.getRole() == Role.THERAPIST && a.isEnabled() && a.getId() != account.getId())
                    .toList();
            new DisableTherapistDialog(admin, account, patients, others, () -> {
                        notify(getTranslation("admin.users.disabled-moved", account.getDisplayName(), patients));
                        refresh();
                    })
                    .open();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(
                disabling ? "admin.users.disable.header" : "admin.users.enable.header", account.getDisplayName()));
        dialog.setText(getTranslation(disabling ? "admin.users.disable.text" : "admin.users.enable.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmText(getTranslation(disabling ? "admin.users.disable" : "admin.users.enable"));
        if (disabling) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirm -> {
            try {
                accountService.setEnabled(account.getId(), !disabling);
                notify(getTranslation(
                        disabling ? "admin.users.disabled" : "admin.users.enabled", account.getDisplayName()));
            } catch (InvalidInputException refused) {
                Notification.show(ServiceErrors.text(this, refused), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        dialog.open();
    }

    private void confirmReset(UserAccount account) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("admin.users.reset.header", account.getDisplayName()));
        dialog.setText(getTranslation("admin.users.reset.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmText(getTranslation("admin.users.reset"));
        dialog.addConfirmListener(confirm -> {
            OneTimeCredentials credentials = accountService.resetPassword(account.getId());
            showPassword(credentials);
            refresh();
        });
        dialog.open();
    }

    private void confirmPasswordLink(UserAccount account) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("security.staff.sendLink"));
        dialog.setText(getTranslation("security.staff.sendLink.confirm", account.getEmail()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("security.staff.cancel"));
        dialog.setConfirmText(getTranslation("security.staff.sendLink"));
        dialog.addConfirmListener(confirm -> {
            passwordLinks.sendResetLinkAsAdmin(account.getId());
            notify(getTranslation("security.staff.sendLink.sent", account.getEmail()));
        });
        dialog.open();
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.new"));
        TextField name = new TextField(getTranslation("admin.users.name"));
        name.setMaxLength(UserAccount.NAME_MAX);
        name.setRequired(true);
        EmailField email = new EmailField(getTranslation("admin.users.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX);
        email.setRequired(true);
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Role.THERAPIST, Role.ADMIN);
        role.setItemLabelGenerator(this::roleName);
        role.setValue(Role.THERAPIST);
        RadioButtonGroup<PasswordChoice> passwordChoice =
                new RadioButtonGroup<>(getTranslation("admin.users.one-time-password"));
        passwordChoice.setItems(PasswordChoice.GENERATE, PasswordChoice.TYPE);
        passwordChoice.setItemLabelGenerator(c -> getTranslation(
                c == PasswordChoice.TYPE ? "admin.users.password.type" : "admin.users.password.generate"));
        passwordChoice.setValue(PasswordChoice.GENERATE);
        PasswordField password = new PasswordField(getTranslation("admin.users.password"));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(getTranslation("admin.users.password.help", PasswordPolicy.MIN_LENGTH));
        password.setVisible(false);
        passwordChoice.addValueChangeListener(e -> password.setVisible(e.getValue() == PasswordChoice.TYPE));
        FormLayout form = new FormLayout(name, email, role, passwordChoice, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);

        Button save = new Button(getTranslation("admin.users.create"), click -> {
            name.setInvalid(false);
            email.setInvalid(false);
            password.setInvalid(false);
            try {
                OneTimeCredentials credentials = accountService.createStaffWithOneTimePassword(
                        email.getValue(),
                        name.getValue(),
                        role.getValue(),
                        passwordChoice.getValue() == PasswordChoice.TYPE ? password.getValue() : null);
                dialog.close();
                refresh();
                showPassword(credentials);
            } catch (InvalidInputException invalid) {
                Map<String, String> rest = FieldErrors.show(
                        Map.of("email", email, "displayName", name, "password", password),
                        ServiceErrors.texts(this, invalid));
                rest.values()
                        .forEach(message -> Notification.show(message, 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    /** The one-time password, shown once and never stored in readable form. */
    private void showPassword(OneTimeCredentials credentials) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.hand-over"));
        Span password = new Span(credentials.password());
        password.addClassName("one-time-password");
        password.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        dialog.add(
                new Paragraph(getTranslation(
                        "admin.users.sign-in-for",
                        credentials.account().getDisplayName(),
                        credentials.account().getEmail())),
                new Paragraph(password),
                new Paragraph(getTranslation("admin.users.shown-once")));
        Button done = new Button(getTranslation("admin.users.done"), click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(accountService.staff()).setFilter(this::matchesSearch);
    }

    private boolean matchesSearch(UserAccount account) {
        String wanted = search.getValue().trim().toLowerCase(java.util.Locale.ROOT);
        return wanted.isEmpty()
                || account.getDisplayName().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                || account.getEmail().contains(wanted);
    }

    private String roleName(Role role) {
        return getTranslation("admin.role." + role.name());
    }

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
