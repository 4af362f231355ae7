package org.upright.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByRole(Role role);

    List<UserAccount> findByRoleInOrderByDisplayName(List<Role> roles);

    List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

    /**
     * Ends an account's wait after failed sign-ins in one statement, like the sign-in counters
     * themselves (LoginAttempts): no whole-entity save, so it neither collides with nor undoes a
     * sign-in under way. Answers how many accounts it changed (0 or 1).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("UPDATE UserAccount a SET a.failedLoginCount = 0, a.lockedUntil = NULL WHERE a.id = :id")
    int clearFailedSignIns(@Param("id") long id);
}
