package org.sanshe.benchmarks.timebank.durable;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A fixed pool of JDBC connections for the benchmarks, standing in for the integrator's pool
 * (HikariCP or an application server's): connections are opened once, and closing a borrowed
 * connection returns it to the pool. Without a pool every store call would open a PostgreSQL
 * connection (a process fork), which no production deployment does. It also times commits and
 * statement executions ({@link #times()}), to show where an append spends its time. Thread-safe;
 * not for production use (no validation, no eviction of broken connections).
 */
final class ConnectionPool implements DataSource, AutoCloseable {

  private final List<Connection> all = new ArrayList<>();
  private final Map<String, long[]> times = new TreeMap<>();
  private final BlockingQueue<Connection> idle;

  /**
   * Opens the connections.
   *
   * @param url the JDBC URL with user and password as parameters, not null
   * @param size the number of connections, at least 1
   * @throws SQLException if a connection cannot be opened
   */
  ConnectionPool(String url, int size) throws SQLException {
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
      throw new SQLException("interrupted while waiting for a pooled connection", "08001", e);
    }
    if (real == null) {
      throw new SQLException("no pooled connection free for 60 s", "08001");
    }
    return borrowed(real);
  }

  private Connection borrowed(Connection real) {
    boolean[] returned = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "close":
                  if (!returned[0]) {
                    returned[0] = true;
                    if (!real.getAutoCommit()) {
                      real.rollback();
                      real.setAutoCommit(true);
                    }
                    idle.add(real);
                  }
                  return null;
                case "isClosed":
                  return returned[0] || real.isClosed();
                case "commit":
                  long t0 = System.nanoTime();
                  real.commit();
                  time("commit", System.nanoTime() - t0);
                  return null;
                case "prepareStatement":
                  if (returned[0]) {
                    throw new SQLException("connection returned to the pool", "08003");
                  }
                  return timed((PreparedStatement) invoke(real, method, args));
                default:
                  if (returned[0]) {
                    throw new SQLException("connection returned to the pool", "08003");
                  }
                  return invoke(real, method, args);
              }
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Times the statement's executions by kind, and by the first word of its SQL. */
  private PreparedStatement timed(PreparedStatement real) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            PreparedStatement.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              String name = method.getName();
              if (!name.startsWith("execute")) {
                return invoke(real, method, args);
              }
              long t0 = System.nanoTime();
              Object result = invoke(real, method, args);
              time(name, System.nanoTime() - t0);
              return result;
            });
  }

  private synchronized void time(String what, long nanos) {
    long[] t = times.computeIfAbsent(what, k -> new long[2]);
    t[0]++;
    t[1] += nanos;
  }

  /**
   * Returns the calls and nanoseconds spent so far in commits and statement executions, by JDBC
   * method name.
   *
   * @return a copy: name to {calls, nanoseconds}
   */
  synchronized Map<String, long[]> times() {
    Map<String, long[]> copy = new TreeMap<>();
    times.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool's credentials are in its URL");
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
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper", "0A000");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }

  @Override
  public void close() {
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing at the end of a run: nothing to recover
      }
    }
  }
}
