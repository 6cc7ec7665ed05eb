package health.journey.app.platform.axon;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The transactions of the event processors: like every transaction of the application, but
 * committed without waiting for the write-ahead log to reach the disk ({@code synchronous_commit =
 * off}). A projection's writes and its token commit in one transaction, so what a crash loses of
 * the last moment is lost together and processed again on restart; read models can always be
 * rebuilt from the events. The events themselves, and every command, still commit synchronously.
 */
final class ProjectionTransactions implements TransactionManager {

  private final TransactionManager delegate;
  private final DataSource dataSource;

  ProjectionTransactions(TransactionManager delegate, DataSource dataSource) {
    this.delegate = delegate;
    this.dataSource = dataSource;
  }

  @Override
  public Transaction startTransaction() {
    Transaction transaction = delegate.startTransaction();
    try (Statement statement = DataSourceUtils.getConnection(dataSource).createStatement()) {
      statement.execute("SET LOCAL synchronous_commit TO OFF");
    } catch (SQLException | RuntimeException e) {
      transaction.rollback();
      throw new IllegalStateException("Could not start a projection transaction", e);
    }
    return transaction;
  }
}
