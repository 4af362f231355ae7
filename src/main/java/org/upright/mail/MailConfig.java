package org.upright.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail: a clinic's SMTP server comes from the usual SPRING_MAIL_* variables (Spring Boot's own mail
 * configuration). Without a host, on the embedded database default, the app starts GreenMail as an
 * embedded SMTP server on a free local port and sends there; the admin's Mail page shows what it
 * caught. The backlog gauge {@code upright.outbox.backlog} counts rows due and not sent.
 */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    @Bean
    Gauge outboxBacklog(MeterRegistry registry, Outbox outbox) {
        return Gauge.builder("upright.outbox.backlog", outbox, Outbox::backlog)
                .description("Messages due and not yet sent")
                .register(registry);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedSmtp.When.class)
    static class EmbeddedSmtpConfig {

        @Bean(destroyMethod = "stop")
        GreenMail embeddedSmtp() {
            GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            return server;
        }

        /** Boot's mail health indicator reports this sender, so health shows the embedded server too. */
        @Bean
        JavaMailSenderImpl mailSender(GreenMail embeddedSmtp) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(embeddedSmtp.getSmtp().getPort());
            Properties properties = new Properties();
            properties.put("mail.smtp.connectiontimeout", "5000");
            properties.put("mail.smtp.timeout", "10000");
            properties.put("mail.smtp.writetimeout", "10000");
            sender.setJavaMailProperties(properties);
            return sender;
        }

        @Bean
        EmbeddedSmtp caughtMail(GreenMail embeddedSmtp) {
            return new EmbeddedSmtp(embeddedSmtp);
        }
    }
}
