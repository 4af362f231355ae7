package org.upright.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is asking, as services see it. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy holder;

    // the same strategy as method security and SystemActor (see SystemActor)
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<AccountPrincipal> find() {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AccountPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    public boolean is(Role role) {
        return find().map(p -> p.role() == role).orElse(false);
    }
}
