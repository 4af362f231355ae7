package org.upright.media;

/** An upload the clinic's media do not take, with the message key and arguments that say why. */
public class MediaRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    MediaRefused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
