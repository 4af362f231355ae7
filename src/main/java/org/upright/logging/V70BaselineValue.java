package org.upright.logging;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 70, in Java because the value must be computed the one way the figures compute it: adds
 * activity_summary.baseline (the mean of the first 7 rated days' means, NULL until there are 7), so
 * the caseload reads one value per patient by key instead of the 7 baseline days, and fills it for the
 * data already there. Spring Boot hands {@link JavaMigration} beans to Flyway.
 */
@Component
class V70BaselineValue implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("70");
    }

    @Override
    public String getDescription() {
        return "activity summary baseline value";
    }

    @Override
    public Integer getChecksum() {
        return 70;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        jdbc.execute("ALTER TABLE activity_summary ADD COLUMN baseline DOUBLE NULL");
        DaySummaries.fillMissing(jdbc);
    }
}
