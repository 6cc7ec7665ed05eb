package health.journey.app.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Caps how long the application's transactions and statements may run, on every pooled connection.
 * A transaction that cannot outlive the cap cannot commit an event long after its global index was
 * taken, which is what the event processors' gap handling relies on. {@code transaction_timeout}
 * exists from PostgreSQL 17 on and is set only there.
 */
@Component
public class SessionSettings implements BeanPostProcessor {

  private final Environment environment;

  SessionSettings(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource dataSource && dataSource.getConnectionInitSql() == null) {
      DatabaseProperties properties =
          Binder.get(environment).bindOrCreate("journey.database", DatabaseProperties.class);
      dataSource.setConnectionInitSql(initSql(properties));
    }
    return bean;
  }

  /** The statements that cap a connection's transactions and statements. */
  public static String initSql(DatabaseProperties properties) {
    return "SET statement_timeout = "
        + properties.statementTimeout().toMillis()
        + "; SET idle_in_transaction_session_timeout = "
        + properties.idleInTransactionTimeout().toMillis()
        + "; SELECT set_config('transaction_timeout', '"
        + properties.transactionTimeout().toMillis()
        + "', false) WHERE current_setting('server_version_num')::int >= 170000";
  }
}
