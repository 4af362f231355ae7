package org.upright.mail;

/**
 * The clinic's name and contact for the footer of every e-mail; implemented by the clinic module, read
 * at send time. Empty strings where the clinic has set nothing.
 */
public interface Letterhead {

    String clinicName();

    String phone();

    String email();
}
