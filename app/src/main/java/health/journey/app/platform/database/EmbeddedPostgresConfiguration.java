package health.journey.app.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: with no {@code spring.datasource.url} configured, the application starts
 * its own PostgreSQL. The data source depends on the server, so Spring closes the pool (and
 * everything using it) before it stops the server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
    return EmbeddedPostgresServer.start(properties.embedded());
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgresServer server) {
    return DataSourceBuilder.create()
        .type(HikariDataSource.class)
        .url(server.jdbcUrl())
        .username(server.username())
        .build();
  }
}
