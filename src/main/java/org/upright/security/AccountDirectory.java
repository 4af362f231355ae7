package org.upright.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.InLists;

/**
 * Names and addresses of accounts, set-based, for the modules that show who did what or who looks
 * after whom. The one door to user_account for other modules; callers check who may see the
 * result (a data door for services, not for screens).
 */
@Component
public class AccountDirectory {

    private final JdbcTemplate jdbc;

    AccountDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The e-mail address of each given account. */
    @Transactional(readOnly = true)
    public Map<Long, String> emailsOf(Collection<Long> accountIds) {
        return column("email", accountIds);
    }

    /** The display name of each given account. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> accountIds) {
        return column("display_name", accountIds);
    }

    /** The role of each given account. */
    @Transactional(readOnly = true)
    public Map<Long, Role> rolesOf(Collection<Long> accountIds) {
        Map<Long, Role> roles = new LinkedHashMap<>();
        column("role", accountIds).forEach((id, role) -> roles.put(id, Role.valueOf(role)));
        return roles;
    }

    /** Those of the given accounts that are disabled. */
    @Transactional(readOnly = true)
    public Set<Long> disabledAmong(Collection<Long> accountIds) {
        List<Long> ids = List.copyOf(accountIds);
        Set<Long> disabled = new HashSet<>();
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            disabled.addAll(jdbc.queryForList(
                    "SELECT id FROM user_account WHERE enabled = FALSE AND id IN (" + InLists.placeholders(chunk.size())
                            + ")",
                    Long.class,
                    chunk.toArray()));
        }
        return disabled;
    }

    /**
     * The language to write to each given account in (mails, handouts): their chosen language, or
     * English when they chose none (a recipient has no browser to follow).
     */
    @Transactional(readOnly = true)
    public Map<Long, Locale> languagesOf(Collection<Long> accountIds) {
        Map<Long, Locale> languages = new LinkedHashMap<>();
        column("COALESCE(language, 'en')", accountIds)
                .forEach((id, tag) -> languages.put(id, Locale.forLanguageTag(tag)));
        return languages;
    }

    /** Every account of the role, by display name, enabled or not: id to display name. */
    @Transactional(readOnly = true)
    public Map<Long, String> withRole(Role role) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.query(
                "SELECT id, display_name FROM user_account WHERE role = ? ORDER BY display_name, id",
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                },
                role.name());
        return names;
    }

    /** Accounts of the role whose e-mail address contains the text, ignoring case. */
    @Transactional(readOnly = true)
    public List<Long> withEmailContaining(String text, Role role) {
        String like = "%"
                + text.trim()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return jdbc.queryForList(
                "SELECT id FROM user_account WHERE role = ? AND LOWER(email) LIKE ? ORDER BY id",
                Long.class,
                role.name(),
                like);
    }

    private Map<Long, String> column(String column, Collection<Long> accountIds) {
        List<Long> ids = List.copyOf(accountIds);
        Map<Long, String> values = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += InLists.CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + InLists.CHUNK));
            jdbc.query(
                    "SELECT id, " + column + " FROM user_account WHERE id IN (" + InLists.placeholders(chunk.size())
                            + ")",
                    rs -> {
                        values.put(rs.getLong(1), rs.getString(2));
                    },
                    chunk.toArray());
        }
        return values;
    }
}
