package health.journey.app.platform.security;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request is authenticated with HTTP Basic against the users in configuration; no sessions,
 * no cookies (so no CSRF exposure). The health endpoint is open; the admin endpoints need the ADMIN
 * role.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
    http.authenticationManager(authenticationManager)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                    .permitAll()
                    // What /graphql serves (its Allow header) is no secret.
                    .requestMatchers(HttpMethod.OPTIONS, "/graphql")
                    .permitAll()
                    .requestMatchers("/admin/**", "/actuator/**")
                    .hasRole(StaffRole.ADMIN.name())
                    .anyRequest()
                    .authenticated())
        .httpBasic(Customizer.withDefaults())
        // Stateless API clients: no login/logout pages, no saved requests, no servlet session API.
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .servletApi(servletApi -> servletApi.disable())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /**
   * No observation per security filter: it cost more than the filters themselves (see
   * docs/benchmarks.md).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  InMemoryUserDetailsManager userDetailsService(SecurityProperties properties) {
    List<UserDetails> users =
        properties.users().stream()
            .map(
                user ->
                    User.withUsername(user.name())
                        .password(user.password())
                        .roles(user.role().name())
                        .build())
            .toList();
    if (users.isEmpty()) {
      log.warn("No users are configured under journey.security.users: nobody can sign in");
    } else {
      log.info(
          "Users who may sign in: {}",
          properties.users().stream().map(u -> u.name() + " (" + u.role() + ")").toList());
    }
    return new InMemoryUserDetailsManager(users);
  }

  @Bean
  AuthenticationManager authenticationManager(
      InMemoryUserDetailsManager users, SecurityProperties properties, Clock clock) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    return new ProviderManager(
        new CachingAuthenticationProvider(passwords, properties.credentialCacheTtl(), clock));
  }
}
