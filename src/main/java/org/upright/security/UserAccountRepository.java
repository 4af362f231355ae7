package org.upright.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByRole(Role role);

    List<UserAccount> findByRoleInOrderByDisplayName(List<Role> roles);

    List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayName(Role role);
}
