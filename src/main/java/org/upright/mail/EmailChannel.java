package org.upright.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.upright.base.MessageBundles;

/**
 * E-mail: multipart (plain text and HTML alternative), from {@code upright.mail.from}, with the clinic's
 * name and contact as the footer, in the recipient's language.
 */
@Component
class EmailChannel implements DeliveryChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final ObjectProvider<Letterhead> letterhead;
    private final MessageBundles bundles;
    private final String from;

    EmailChannel(
            ObjectProvider<JavaMailSender> sender,
            ObjectProvider<Letterhead> letterhead,
            MessageBundles bundles,
            @Value("${upright.mail.from}") String from) {
        this.sender = sender;
        this.letterhead = letterhead;
        this.bundles = bundles;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(Recipient to, RenderedMessage message) throws Exception {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException("No SMTP server is configured (SPRING_MAIL_HOST).");
        }
        List<String> footer = footer(to);
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        Letterhead clinic = letterhead.getIfAvailable();
        InternetAddress sender = new InternetAddress(from, true);
        if (clinic != null && !clinic.clinicName().isBlank()) {
            // the configured address, under the clinic's name
            sender.setPersonal(clinic.clinicName(), "UTF-8");
        }
        helper.setFrom(sender);
        helper.setTo(new InternetAddress(to.address(), to.displayName(), "UTF-8"));
        helper.setSubject(message.subject());
        String text = message.text() + "\n\n-- \n" + String.join("\n", footer) + "\n";
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">")
                .append(message.html())
                .append("<hr><p style=\"color:#555;font-size:90%\">");
        for (int i = 0; i < footer.size(); i++) {
            html.append(i == 0 ? "" : "<br>").append(HtmlUtils.htmlEscape(footer.get(i)));
        }
        html.append("</p></body></html>");
        helper.setText(text, html.toString());
        mail.send(mime);
    }

    /** The clinic's name, phone and e-mail, those it has set; a plain line when it has none. */
    private List<String> footer(Recipient to) {
        List<String> lines = new ArrayList<>();
        Letterhead clinic = letterhead.getIfAvailable();
        if (clinic != null && !clinic.clinicName().isBlank()) {
            lines.add(clinic.clinicName());
        }
        if (clinic != null && !clinic.phone().isBlank()) {
            lines.add(bundles.text(to.language(), "mail.footer.phone", clinic.phone()));
        }
        if (clinic != null && !clinic.email().isBlank()) {
            lines.add(bundles.text(to.language(), "mail.footer.email", clinic.email()));
        }
        lines.add(bundles.text(to.language(), "mail.footer.automatic"));
        return lines;
    }
}
