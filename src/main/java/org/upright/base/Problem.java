package org.upright.base;

import java.io.Serializable;
import java.util.List;

/**
 * What a service refuses, as a message key and its arguments, so that each reader sees it in
 * their own language: services name the problem, views translate it ({@link ServiceErrors}).
 */
public record Problem(String key, List<Serializable> args) implements Serializable {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Serializable... args) {
        return new Problem(key, List.of(args));
    }

    /** The arguments as the message format takes them. */
    public Object[] argArray() {
        return args.toArray();
    }
}
