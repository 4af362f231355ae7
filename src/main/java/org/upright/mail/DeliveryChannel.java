package org.upright.mail;

/** Delivers rendered messages on one channel; throwing counts as a failed attempt, tried again later. */
public interface DeliveryChannel {

    Channel channel();

    void deliver(Recipient to, RenderedMessage message) throws Exception;
}
