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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.upright.admin.AdminService;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
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
@PageTitle("Users · Upright")
@Menu(title = "Users", order = 10, icon = "vaadin:user-card")
@RolesAllowed(Role.ADMIN_ROLE)
class UsersView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    static final String GENERATE = "Make one for me";
    static final String TYPE = "I will type one";

    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    final Button create = new Button("New staff account");
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
                .setHeader("Name")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(UserAccount::getEmail)
                .setHeader("Email")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(a -> a.getRole() == Role.ADMIN ? "Admin" : "Therapist")
                .setHeader("Role")
                .setAutoWidth(true);
        grid.addColumn(a -> !a.isEnabled()
                        ? "Disabled"
                        : a.isMustChangePassword() ? "Active · one-time password" : "Active")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(a -> a.getLastLoginAt() == null ? "never" : WHEN.format(a.getLastLoginAt()))
                .setHeader("Last sign-in")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText("No staff accounts yet.");
        grid.setSizeFull();

        setSizeFull();
        search.setPlaceholder("Search by name or email");
        search.setAriaLabel("Search by name or email");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> {
            grid.getListDataView().refreshAll();
            emptyState();
        });
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(
                new Paragraph(
                        "Therapists and admins of the clinic. Patients get their login from " + "their therapist."),
                toolbar,
                grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** An empty grid says whether the clinic has no staff yet or only nothing matches the search. */
    private void emptyState() {
        String text = search.getValue().isBlank() ? "" : search.getValue().strip();
        grid.setEmptyStateText(
                text.isEmpty() ? "No staff accounts yet." : getTranslation("admin.users.no-match", text));
    }

    private HorizontalLayout actions(UserAccount account) {
        Button toggle = new Button(account.isEnabled() ? "Disable" : "Enable", click -> confirmToggle(account));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.getElement()
                .setAttribute("aria-label", (account.isEnabled() ? "Disable " : "Enable ") + account.getDisplayName());
        toggle.setEnabled(account.getId() != me);
        Button reset = new Button("Reset password", click -> confirmReset(account));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.getElement().setAttribute("aria-label", "Reset the password of " + account.getDisplayName());
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
                        notify(account.getDisplayName() + " is disabled; their " + patients
                                + (patients == 1 ? " patient has" : " patients have") + " a new therapist.");
                        refresh();
                    })
                    .open();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader((disabling ? "Disable " : "Enable ") + account.getDisplayName() + "?");
        dialog.setText(
                disabling
                        ? "They are signed out at once and cannot sign in until an admin enables the account again."
                        : "They can sign in again with their password.");
        dialog.setCancelable(true);
        dialog.setConfirmText(disabling ? "Disable" : "Enable");
        if (disabling) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirm -> {
            try {
                accountService.setEnabled(account.getId(), !disabling);
                notify(account.getDisplayName() + (disabling ? " is disabled." : " is enabled again."));
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
        dialog.setHeader("Reset the password of " + account.getDisplayName() + "?");
        dialog.setText("Their current password stops working and they are signed out. You get a one-time "
                + "password to hand over; they choose their own at the next sign-in.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Reset password");
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
        dialog.setHeaderTitle("New staff account");
        TextField name = new TextField("Name");
        name.setMaxLength(UserAccount.NAME_MAX);
        name.setRequired(true);
        EmailField email = new EmailField("Email");
        email.setMaxLength(UserAccount.EMAIL_MAX);
        email.setRequired(true);
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.THERAPIST, Role.ADMIN);
        role.setItemLabelGenerator(r -> r == Role.ADMIN ? "Admin" : "Therapist");
        role.setValue(Role.THERAPIST);
        RadioButtonGroup<String> passwordChoice = new RadioButtonGroup<>("One-time password");
        passwordChoice.setItems(GENERATE, TYPE);
        passwordChoice.setValue(GENERATE);
        PasswordField password = new PasswordField("Password to hand over");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. They must change it at "
                + "their first sign-in.");
        password.setVisible(false);
        passwordChoice.addValueChangeListener(e -> password.setVisible(TYPE.equals(e.getValue())));
        FormLayout form = new FormLayout(name, email, role, passwordChoice, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);

        Button save = new Button("Create account", click -> {
            name.setInvalid(false);
            email.setInvalid(false);
            password.setInvalid(false);
            try {
                OneTimeCredentials credentials = accountService.createStaffWithOneTimePassword(
                        email.getValue(),
                        name.getValue(),
                        role.getValue(),
                        TYPE.equals(passwordChoice.getValue()) ? password.getValue() : null);
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
        Button cancel = new Button("Cancel", click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    /** The one-time password, shown once and never stored in readable form. */
    private void showPassword(OneTimeCredentials credentials) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Hand over this password");
        Span password = new Span(credentials.password());
        password.addClassName("one-time-password");
        password.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        dialog.add(
                new Paragraph("Sign-in for " + credentials.account().getDisplayName() + ": "
                        + credentials.account().getEmail()),
                new Paragraph(password),
                new Paragraph(
                        "It is shown only now. They will be asked to choose their own password when they sign in."));
        Button done = new Button("Done", click -> dialog.close());
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

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
