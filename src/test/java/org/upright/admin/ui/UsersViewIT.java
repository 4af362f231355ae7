package org.upright.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.upright.WithAccount;
import org.upright.security.Role;

/** The staff list as an admin sees it, run server-side. */
@SpringBootTest
@ActiveProfiles("test")
class UsersViewIT extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy contexts;

    @BeforeEach
    void signedInForTheServicesToo() {
        contexts.getContext()
                .setAuthentication(SecurityContextHolder.getContext().getAuthentication());
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    @Test
    @WithAccount(Role.ADMIN)
    void a_search_that_finds_nobody_says_that_nothing_matches_not_that_there_are_no_accounts() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        TextField search = find(TextField.class).single();
        assertThat(test(grid).size()).isPositive();

        test(search).setValue("nobody-by-this-name");

        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateText()).startsWith("No accounts match \u201cnobody-by-this-name\u201d.");

        test(search).setValue("");
        assertThat(grid.getEmptyStateText()).isEqualTo("No staff accounts yet.");
    }
}
