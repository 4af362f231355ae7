package org.upright.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.upright.base.LocalFormats;
import org.upright.mail.EmbeddedSmtp;
import org.upright.mail.EmbeddedSmtp.CaughtMessage;
import org.upright.mail.Outbox;
import org.upright.mail.OutboxEntry;
import org.upright.mail.OutboxSummary;

/**
 * The admin's view of outgoing mail: the outbox's counts, the messages that failed or are retried (with
 * a retry button), and, on the embedded default, the messages the embedded SMTP server caught, so a
 * trial user can follow every e-mail (and its link) end to end.
 */
@Route("admin/mail")
@Menu(title = "mail.admin.menu", order = 35, icon = "vaadin:envelope")
@RolesAllowed("ADMIN") // the security module's Role.ADMIN_ROLE; mail may not depend on security
class MailView extends VerticalLayout implements HasDynamicTitle {

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    final Paragraph counts = new Paragraph();
    final Grid<OutboxEntry> troubled = new Grid<>(OutboxEntry.class, false);
    final Paragraph noneTroubled = new Paragraph();
    final Grid<CaughtMessage> caught = new Grid<>(CaughtMessage.class, false);
    private final Outbox outbox;
    private final @Nullable EmbeddedSmtp smtp;

    MailView(Outbox outbox, ObjectProvider<EmbeddedSmtp> smtp) {
        this.outbox = outbox;
        this.smtp = smtp.getIfAvailable();
        setMaxWidth("80rem");
        troubled.addColumn(e -> kind(e.kind()))
                .setHeader(getTranslation("mail.admin.column.kind"))
                .setAutoWidth(true);
        troubled.addColumn(e -> "#" + e.recipientAccountId())
                .setHeader(getTranslation("mail.admin.column.recipient"))
                .setAutoWidth(true);
        troubled.addColumn(e ->
                        getTranslation(e.failedAt() != null ? "mail.admin.state.failed" : "mail.admin.state.retrying"))
                .setHeader(getTranslation("mail.admin.column.state"))
                .setAutoWidth(true);
        troubled.addColumn(OutboxEntry::attempts)
                .setHeader(getTranslation("mail.admin.column.attempts"))
                .setAutoWidth(true);
        troubled.addColumn(e -> e.failedAt() != null ? "" : when(e.nextAttemptAt()))
                .setHeader(getTranslation("mail.admin.column.next"))
                .setAutoWidth(true);
        troubled.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("mail.admin.column.error"))
                .setFlexGrow(1);
        troubled.addComponentColumn(this::retryButton).setAutoWidth(true);
        troubled.setAllRowsVisible(true);
        noneTroubled.setText(getTranslation("mail.admin.troubled.none"));

        add(new H2(getTranslation("mail.admin.outbox")), counts);
        add(new H2(getTranslation("mail.admin.troubled")), noneTroubled, troubled);
        add(new H2(getTranslation("mail.admin.caught")));
        if (this.smtp == null) {
            add(new Paragraph(getTranslation("mail.admin.caught.off")));
        } else {
            caught.addColumn(m -> when(m.received()))
                    .setHeader(getTranslation("mail.admin.column.received"))
                    .setAutoWidth(true);
            caught.addColumn(CaughtMessage::to)
                    .setHeader(getTranslation("mail.admin.column.to"))
                    .setAutoWidth(true);
            caught.addColumn(CaughtMessage::subject)
                    .setHeader(getTranslation("mail.admin.column.subject"))
                    .setFlexGrow(1);
            caught.addComponentColumn(m -> {
                        Button show = new Button(getTranslation("mail.admin.show"), click -> show(m));
                        show.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        return show;
                    })
                    .setAutoWidth(true);
            caught.setAllRowsVisible(true);
            add(new Paragraph(getTranslation("mail.admin.caught.explain")), caught);
        }
        refresh();
    }

    private Button retryButton(OutboxEntry entry) {
        Button retry = new Button(getTranslation("mail.admin.retry"), click -> {
            outbox.retry(entry.id());
            Notification.show(getTranslation("mail.admin.retried"), 4000, Notification.Position.TOP_CENTER);
            refresh();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setVisible(entry.failedAt() != null);
        return retry;
    }

    private void refresh() {
        OutboxSummary summary = outbox.summary();
        counts.setText(getTranslation(
                "mail.admin.counts", summary.queued(), summary.retrying(), summary.sent(), summary.failed()));
        List<OutboxEntry> entries = outbox.troubled();
        troubled.setItems(entries);
        troubled.setVisible(!entries.isEmpty());
        noneTroubled.setVisible(entries.isEmpty());
        if (smtp != null) {
            caught.setItems(smtp.caught());
        }
    }

    private void show(CaughtMessage message) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(message.subject());
        dialog.setWidth("min(48rem, 95vw)");
        Pre text = new Pre(message.text());
        text.getStyle().set("white-space", "pre-wrap");
        dialog.add(new Paragraph(message.to()), text);
        Matcher links = URL.matcher(message.text());
        while (links.find()) {
            dialog.add(new Paragraph(new Anchor(links.group(), links.group())));
        }
        dialog.getFooter().add(new Button(getTranslation("mail.admin.close"), click -> dialog.close()));
        dialog.open();
    }

    private String when(java.time.Instant at) {
        return getTranslation("mail.admin.utc", LocalFormats.dayAndTime(at, ZoneOffset.UTC, getLocale(), true));
    }

    /** A kind of message in words; a kind this page does not know yet shows as its code. */
    private String kind(String code) {
        String key = "mail.kind." + code;
        String words = getTranslation(key);
        return words.equals("!" + key + "!") ? code : words;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.admin.page-title");
    }
}
