package org.upright.mail;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** Outbox workers with a clock of the test's own, for tests of other modules that send through the outbox. */
public final class OutboxWorkers {

    private OutboxWorkers() {}

    /** A worker like the app's (the same templates and channels), on {@code clock}. */
    public static OutboxWorker on(ApplicationContext context, Clock clock) {
        return new OutboxWorker(
                context.getBean(OutboxStore.class),
                context.getBean(Recipients.class),
                List.copyOf(context.getBeansOfType(MessageTemplate.class).values()),
                List.copyOf(context.getBeansOfType(DeliveryChannel.class).values()),
                clock);
    }
}
