package org.upright.bench;

import java.lang.management.ManagementFactory;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.Application;

/**
 * The app as {@link LoadTest} drives it, in a JVM of its own started like the production build, on
 * the benchmark's generated clinic (generated here first if it is not there yet). The generated
 * accounts get a real password hash, made once with the app's own encoder, so that every sign-in
 * pays for the hash check as it does in production. Prints {@code LOAD-SERVER ready ...}.
 */
public final class LoadServer {

    static final String PASSWORD = "bench-load-2026";

    private LoadServer() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplication(Application.class).run(args);
        new ClinicGenerator(context.getBean(DataSource.class)).generate(ClinicGenerator.todayUtc());
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        int changed = jdbc.update(
                "UPDATE user_account SET password_hash = ? WHERE email LIKE 'bench-%@bench.example'"
                        + " AND password_hash = '{noop}x'",
                hash);
        System.out.println(
                "LOAD-SERVER ready pid=" + ManagementFactory.getRuntimeMXBean().getPid() + " hashed=" + changed);
        System.out.flush();
    }
}
