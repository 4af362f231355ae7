package org.upright;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.upright.security.Role;

/**
 * Runs a test signed in as a fresh account of this role, made before the test's Vaadin
 * environment starts (browserless tests navigate as soon as they start).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithAccountFactory.class)
public @interface WithAccount {

    Role value();

    boolean mustChangePassword() default false;
}
