package org.upright.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.upright.base.OnEmbeddedDatabase;

/**
 * With no {@code spring.datasource.url} configured, Upright runs on an embedded MariaDB so that
 * nothing has to be installed to try it. With a URL (a clinic's MySQL server) none of this loads.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabase.class)
public class EmbeddedDatabaseConfig {

    @Bean
    EmbeddedMariaDb embeddedMariaDb(
            @Value("${upright.embedded-db.dir}") String dir,
            @Value("${upright.embedded-db.fresh:false}") boolean fresh,
            @Value("${upright.embedded-db.server-args:}") List<String> serverArgs) {
        return EmbeddedMariaDb.start(
                Path.of(dir),
                fresh,
                serverArgs.stream().filter(a -> !a.isBlank()).toList());
    }

    /** Bound like Spring Boot's own pool: {@code spring.datasource.hikari.*} applies here too. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl(EmbeddedMariaDb.DATABASE));
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** Connector/J cannot tell Hibernate that this is MariaDB, so the dialect is named here. */
    @Bean
    HibernatePropertiesCustomizer mariaDbDialect() {
        return properties -> properties.put("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect");
    }
}
