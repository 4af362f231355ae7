package org.upright.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) started by the tests, which the app is configured to send to through
 * spring.mail.host and port, as a clinic's server would be. Extend it: every subclass shares one
 * server and one Spring context. {@link #stopSmtp()} and {@link #startSmtp()} take it down and up
 * again on the same port.
 */
public abstract class TestSmtp {

    private static final int PORT;
    private static GreenMail smtp;

    static {
        GreenMail probe = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        probe.start();
        PORT = probe.getSmtp().getPort();
        smtp = probe;
    }

    @DynamicPropertySource
    static void sendToTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("upright.public-url", () -> "http://upright.test");
    }

    protected static synchronized GreenMail smtp() {
        return smtp;
    }

    protected static synchronized void stopSmtp() {
        smtp.stop();
    }

    protected static synchronized void startSmtp() {
        if (!smtp.isRunning()) {
            smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** The messages the server received for this address. */
    protected static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (jakarta.mail.MessagingException ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .toList();
    }
}
