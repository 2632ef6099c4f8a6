package org.sanshe.benchmarks.registry;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A fixed pool of connections for the registry benchmarks, standing in for the integrator's pool:
 * opened once, and closing a borrowed connection gives it back (rolled back to autocommit). Without
 * it every store call would open a PostgreSQL connection. Thread-safe; not for production use.
 */
public final class PooledDataSource implements DataSource, AutoCloseable {

  private final List<Connection> all = new ArrayList<>();
  private final BlockingQueue<Connection> idle;

  /**
   * Opens the pool.
   *
   * @param url the JDBC URL, not null
   * @param size how many connections
   * @throws SQLException if a connection cannot be opened
   */
  public PooledDataSource(String url, int size) throws SQLException {
    Objects.requireNonNull(url, "url");
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Connection c = DriverManager.getConnection(url);
      all.add(c);
      idle.add(c);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real;
    try {
      real = idle.poll(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", "08001", e);
    }
    if (real == null) {
      throw new SQLException("no pooled connection free for 60 s", "08001");
    }
    boolean[] returned = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                if (!returned[0]) {
                  returned[0] = true;
                  if (!real.getAutoCommit()) {
                    real.rollback();
                    real.setAutoCommit(true);
                  }
                  idle.add(real);
                }
                return null;
              }
              if (method.getName().equals("isClosed")) {
                return returned[0] || real.isClosed();
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool's URL carries the user");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // nothing is logged
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // connections are opened up front
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no logging");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : all) {
      c.close();
    }
  }
}
