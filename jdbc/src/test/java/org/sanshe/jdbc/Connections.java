package org.sanshe.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.sanshe.jdbc.testing.UrlDataSource;

/** Test doubles around real connections: recording calls, sharing one connection. */
final class Connections {

  private Connections() {}

  /** A data source whose connections record the names of the calls made on them. */
  static final class Recording extends UrlDataSource {
    final List<String> calls = new CopyOnWriteArrayList<>();

    Recording(String url) {
      super(url);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real = super.getConnection();
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (List.of("setAutoCommit", "commit", "rollback", "close")
                    .contains(method.getName())) {
                  calls.add(method.getName() + (args == null ? "" : "(" + args[0] + ")"));
                }
                try {
                  return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }

  /**
   * A data source that hands out one connection bound to "the caller's transaction", as Spring's
   * TransactionAwareDataSourceProxy does: close() on the handed-out connection does nothing.
   */
  static DataSource bound(Connection connection) {
    Connection handle =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return new UrlDataSource("jdbc:unused:") {
      @Override
      public Connection getConnection() {
        return handle;
      }
    };
  }

  /** A data source that refuses every connection, as a pool does when the database is down. */
  static DataSource refusing() {
    return new UrlDataSource("jdbc:unused:") {
      @Override
      public Connection getConnection() throws SQLException {
        throw new SQLException("pool exhausted: cannot reach db at 10.0.0.7 for user alice");
      }
    };
  }
}
