package vn.mamxanh.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link DatabaseOutageFilter} in front of every other filter, the session filter included. */
@Configuration
public class DatabaseOutageConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ProblemResponses problems, DatabaseReachability database) {
        var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(problems, database));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
