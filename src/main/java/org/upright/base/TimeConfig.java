package org.upright.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /** One clock for the whole app, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
