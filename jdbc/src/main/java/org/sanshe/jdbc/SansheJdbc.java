package org.sanshe.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The entry point of Sanshe's JDBC adapters: the integrator's {@link DataSource}, the {@link
 * Dialect}, the table prefix and the {@link TransactionMode}, plus the one place where connections
 * are borrowed, transactions are run and {@link SQLException}s are translated.
 *
 * <pre>{@code
 * SansheJdbc jdbc = SansheJdbc.builder(dataSource).tablePrefix("sanshe_").build();
 * long count = jdbc.read("count accounts", c -> { ... });
 * }</pre>
 *
 * <p><b>Transactions.</b> In {@link TransactionMode#LOCAL} {@link #inTransaction(String, SqlWork)}
 * borrows a connection, sets autocommit off, runs the work, commits, rolls back on any failure (SQL
 * or not), restores the autocommit mode it found and closes the connection. In {@link
 * TransactionMode#EXTERNAL} it borrows the connection, runs the work and closes the connection, and
 * never calls {@code setAutoCommit}, {@code commit} or {@code rollback}: the data source must hand
 * out the connection bound to the caller's transaction (Spring's {@code
 * TransactionAwareDataSourceProxy}, a JTA data source), whose manager commits or rolls back; a
 * failure is thrown to the caller, who must roll back. Outside such a transaction an EXTERNAL
 * connection in autocommit mode commits each statement by itself. In LOCAL mode {@link
 * #read(String, SqlWork)} runs in a read transaction that sees one snapshot, so a read of several
 * statements is consistent.
 *
 * <p><b>Errors.</b> Every {@link SQLException} becomes a {@link JdbcException}: SQLState class 23
 * {@link JdbcError#JDBC_CONFLICT}; 40001 and 40P01 {@link JdbcError#JDBC_RETRYABLE}; class 08,
 * PostgreSQL's 57P01 to 57P03, a {@link java.sql.SQLNonTransientConnectionException} or {@link
 * java.sql.SQLTransientConnectionException}, and a data source that refuses a connection {@link
 * JdbcError#JDBC_UNAVAILABLE}; anything else {@link JdbcError#JDBC_FAILURE}. The message names the
 * operation and the SQLState only.
 *
 * <p>Immutable and thread-safe (as thread-safe as the data source, which every pool is).
 */
public final class SansheJdbc {

  /** The default table prefix. */
  public static final String DEFAULT_TABLE_PREFIX = "sanshe_";

  /** The longest table prefix. */
  public static final int MAX_PREFIX_LENGTH = 10;

  /** The longest table name, prefix included (Oracle-flavoured databases before 12.2). */
  public static final int MAX_TABLE_NAME_LENGTH = 30;

  private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z][a-z0-9_]*");

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String tablePrefix;
  private final TransactionMode transactionMode;

  private SansheJdbc(
      DataSource dataSource, Dialect dialect, String tablePrefix, TransactionMode mode) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.tablePrefix = tablePrefix;
    this.transactionMode = mode;
  }

  /**
   * Starts a builder.
   *
   * @param dataSource the integrator's data source, not null
   * @return a new builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Returns the data source.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Returns the dialect.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Returns the table prefix, such as {@code sanshe_}.
   *
   * @return the prefix
   */
  public String tablePrefix() {
    return tablePrefix;
  }

  /**
   * Returns the transaction mode.
   *
   * @return the mode
   */
  public TransactionMode transactionMode() {
    return transactionMode;
  }

  /**
   * Returns a copy with another transaction mode (the migrator runs LOCAL whatever the stores do).
   *
   * @param mode the mode, not null
   * @return this instance if the mode is the same, else a copy
   */
  public SansheJdbc withTransactionMode(TransactionMode mode) {
    Objects.requireNonNull(mode, "mode");
    return mode == transactionMode ? this : new SansheJdbc(dataSource, dialect, tablePrefix, mode);
  }

  /**
   * Returns the full name of one of Sanshe's tables: the prefix plus the name.
   *
   * @param name the lower_snake name, such as {@code journal}, not null
   * @return the prefixed name, such as {@code sanshe_journal}
   * @throws JdbcException {@link JdbcError#JDBC_TABLE_NAME_INVALID} if the name is not lower_snake
   *     or the result is longer than {@value #MAX_TABLE_NAME_LENGTH} characters
   */
  public String table(String name) {
    Objects.requireNonNull(name, "name");
    int length = tablePrefix.length() + name.length();
    if (!LOWER_SNAKE.matcher(name).matches() || length > MAX_TABLE_NAME_LENGTH) {
      throw new JdbcException(JdbcError.JDBC_TABLE_NAME_INVALID, MAX_TABLE_NAME_LENGTH, length);
    }
    return tablePrefix + name;
  }

  /**
   * Runs work in a transaction, as the {@linkplain TransactionMode mode} says (see the class
   * documentation).
   *
   * @param operation what the work does, for error messages, free of values, not null
   * @param work the work, not null
   * @param <T> the result type
   * @return the work's result
   * @throws JdbcException if the database fails; in LOCAL mode nothing was committed, except when
   *     the commit itself failed with {@link JdbcError#JDBC_UNAVAILABLE} (outcome unknown)
   */
  public <T> T inTransaction(String operation, SqlWork<T> work) {
    return run(operation, work, false);
  }

  /**
   * Runs work in a transaction; the operation is named {@code "transaction"} in errors.
   *
   * @param work the work, not null
   * @param <T> the result type
   * @return the work's result
   * @throws JdbcException if the database fails
   * @see #inTransaction(String, SqlWork)
   */
  public <T> T inTransaction(SqlWork<T> work) {
    return inTransaction("transaction", work);
  }

  /**
   * Runs reading work that sees one moment of the database. In LOCAL mode the work runs in a read
   * transaction whose isolation keeps one snapshot for all its statements ({@link
   * Dialect#snapshotReadStatement()}: REPEATABLE READ on the PostgreSQL family, SERIALIZABLE on
   * Dameng), so a read of a row and then of its children never sees a writer's commit in between;
   * the transaction is rolled back and the autocommit mode found is restored before the connection
   * is closed. In EXTERNAL mode nothing but the work is done: the work runs in the caller's
   * transaction with the caller's isolation, and under READ COMMITTED its statements may see
   * different moments (the stores read versioned rows first and tolerate children appended later).
   *
   * @param operation what the work reads, for error messages, free of values, not null
   * @param work the work, not null; it must only read
   * @param <T> the result type
   * @return the work's result
   * @throws JdbcException if the database fails
   */
  public <T> T read(String operation, SqlWork<T> work) {
    return run(operation, work, true);
  }

  /**
   * Runs work in LOCAL mode in a transaction that commits, or for a read in a snapshot that is
   * rolled back; in EXTERNAL mode runs the work on the caller's connection and nothing else.
   */
  private <T> T run(String operation, SqlWork<T> work, boolean read) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(work, "work");
    Connection connection = borrow(operation);
    if (transactionMode == TransactionMode.EXTERNAL) {
      return runAndClose(connection, operation, work);
    }
    boolean autoCommit;
    try {
      autoCommit = connection.getAutoCommit();
    } catch (SQLException e) {
      closeQuietly(connection, e);
      throw translate(e, operation);
    }
    try {
      if (autoCommit) {
        connection.setAutoCommit(false);
      } else if (read) {
        connection.rollback(); // so that the isolation below is the first statement
      }
      if (read) {
        try (Statement snapshot = connection.createStatement()) {
          snapshot.execute(dialect.snapshotReadStatement());
        }
      }
      T result = work.run(connection);
      if (read) {
        connection.rollback();
      } else {
        connection.commit();
      }
      return result;
    } catch (SQLException e) {
      rollbackQuietly(connection, e);
      throw translate(e, operation);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(connection, e);
      throw e;
    } finally {
      restoreAndClose(connection, autoCommit);
    }
  }

  /**
   * Runs reading work; the operation is named {@code "read"} in errors.
   *
   * @param work the work, not null
   * @param <T> the result type
   * @return the work's result
   * @throws JdbcException if the database fails
   * @see #read(String, SqlWork)
   */
  public <T> T read(SqlWork<T> work) {
    return read("read", work);
  }

  /**
   * Checks that the dialect fits the database: a dialect chosen by hand whose SQL family (its
   * {@link Dialect#schemaFolder()}) differs from the one the database reports is refused. A product
   * that detection does not know is accepted as chosen. Stores call this when they open.
   *
   * @throws JdbcException {@link JdbcError#JDBC_DIALECT_MISMATCH}, or a connection failure
   */
  public void verifyDialect() {
    Dialect found;
    try {
      found = Dialect.detect(dataSource);
    } catch (JdbcException e) {
      if (e.errorCode() == JdbcError.JDBC_DIALECT_UNKNOWN) {
        return;
      }
      throw e;
    }
    if (!found.schemaFolder().equals(dialect.schemaFolder())) {
      throw new JdbcException(JdbcError.JDBC_DIALECT_MISMATCH, dialect, found);
    }
  }

  /**
   * Translates a driver exception into a coded exception (see the class documentation).
   *
   * @param e the driver's exception, not null; kept as the cause
   * @param operation what was being done, free of values, not null
   * @return the coded exception, to be thrown by the caller
   */
  public JdbcException translate(SQLException e, String operation) {
    return SqlStates.translate(
        Objects.requireNonNull(e, "e"), Objects.requireNonNull(operation, "operation"));
  }

  private Connection borrow(String operation) {
    try {
      Connection connection = dataSource.getConnection();
      if (connection == null) {
        throw new JdbcException(JdbcError.JDBC_UNAVAILABLE, operation, null, null);
      }
      return connection;
    } catch (SQLException e) {
      throw SqlStates.unavailable(e, operation);
    }
  }

  private <T> T runAndClose(Connection connection, String operation, SqlWork<T> work) {
    try (connection) {
      return work.run(connection);
    } catch (SQLException e) {
      throw translate(e, operation);
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void closeQuietly(Connection connection, Throwable failure) {
    try {
      connection.close();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void restoreAndClose(Connection connection, boolean autoCommit) {
    try {
      if (autoCommit) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException | RuntimeException ignored) {
      // a broken connection cannot be restored; closing it below discards it from the pool
    } finally {
      try {
        connection.close();
      } catch (SQLException | RuntimeException ignored) {
        // the outcome is already decided: committed, or rolled back and reported
      }
    }
  }

  @Override
  public String toString() {
    return "SansheJdbc[" + dialect + ", prefix " + tablePrefix + ", " + transactionMode + "]";
  }

  /** Builds a {@link SansheJdbc}; not thread-safe, use it from one thread. */
  public static final class Builder {
    private final DataSource dataSource;
    private Dialect dialect;
    private String tablePrefix = DEFAULT_TABLE_PREFIX;
    private TransactionMode transactionMode = TransactionMode.LOCAL;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets the dialect instead of detecting it from the database at {@link #build()}.
     *
     * @param dialect the dialect, not null
     * @return this builder
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * Sets the table prefix (default {@value SansheJdbc#DEFAULT_TABLE_PREFIX}).
     *
     * @param tablePrefix lower case letters, digits and underscores, starting with a letter, at
     *     most {@value SansheJdbc#MAX_PREFIX_LENGTH} characters, not null
     * @return this builder
     * @throws JdbcException {@link JdbcError#JDBC_TABLE_PREFIX_INVALID} if the rule is broken
     */
    public Builder tablePrefix(String tablePrefix) {
      Objects.requireNonNull(tablePrefix, "tablePrefix");
      if (!LOWER_SNAKE.matcher(tablePrefix).matches() || tablePrefix.length() > MAX_PREFIX_LENGTH) {
        throw new JdbcException(JdbcError.JDBC_TABLE_PREFIX_INVALID, MAX_PREFIX_LENGTH);
      }
      this.tablePrefix = tablePrefix;
      return this;
    }

    /**
     * Sets the transaction mode (default {@link TransactionMode#LOCAL}).
     *
     * @param transactionMode the mode, not null
     * @return this builder
     */
    public Builder transactionMode(TransactionMode transactionMode) {
      this.transactionMode = Objects.requireNonNull(transactionMode, "transactionMode");
      return this;
    }

    /**
     * Builds the instance, detecting the dialect now if none was set (borrowing one connection).
     *
     * @return the instance
     * @throws JdbcException {@link JdbcError#JDBC_DIALECT_UNKNOWN} or {@link
     *     JdbcError#JDBC_UNAVAILABLE} when the dialect is detected and that fails
     */
    public SansheJdbc build() {
      Dialect chosen = dialect != null ? dialect : Dialect.detect(dataSource);
      return new SansheJdbc(dataSource, chosen, tablePrefix, transactionMode);
    }
  }
}
