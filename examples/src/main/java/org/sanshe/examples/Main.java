package org.sanshe.examples;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sanshe.examples.district.AffairsStorage;
import org.sanshe.examples.district.DistrictData;
import org.sanshe.examples.district.DistrictScenario;
import org.sanshe.examples.district.JsonReport;
import org.sanshe.examples.district.ScenarioReport;
import org.sanshe.examples.district.TextReport;
import org.sanshe.examples.district.TimeBankStorage;
import org.sanshe.jdbc.SansheJdbc;

/**
 * The README's main example: a district's working month, with the time bank on an embedded
 * PostgreSQL that the example starts itself (nothing to install), restarted from the database at
 * the end. Prints a readable report, or JSON with {@code --json}, and exits non-zero if any step
 * failed (1) or the arguments are wrong (2). {@code --memory} keeps the time bank in memory
 * instead; {@code --jdbc-url URL} uses an external PostgreSQL. Progress goes to standard error, the
 * report to standard output.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the example.
   *
   * @param args nothing, or {@code --json}, {@code --memory}, {@code --jdbc-url URL}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example, printing to streams.
   *
   * @param args nothing, or {@code --json}, {@code --memory}, {@code --jdbc-url URL}
   * @param out where the report goes
   * @param err where progress, failures and usage go
   * @return 0 if every step passed, 1 if a step failed, 2 for unknown arguments
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean json = false;
    boolean memory = false;
    String url = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> json = true;
        case "--memory" -> memory = true;
        case "--jdbc-url" -> {
          if (i + 1 == args.length) {
            return usage(err);
          }
          url = args[++i];
        }
        default -> {
          return usage(err);
        }
      }
    }
    ScenarioReport report;
    if (memory) {
      err.println("Running the month with the time bank in memory ...");
      report = DistrictScenario.workingMonth().run();
    } else if (url != null) {
      err.println("Running the month with the time bank in the PostgreSQL at the given URL ...");
      report = runOn(new UrlDataSource(url), err);
    } else {
      err.println("Starting an embedded PostgreSQL (the first run unpacks it; about 10 s) ...");
      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
        err.println("PostgreSQL is up on port " + postgres.getPort() + "; running the month ...");
        report = runOn(postgres.getPostgresDatabase(), err);
        err.println("Stopping the embedded PostgreSQL ...");
      } catch (IOException e) {
        err.println("The embedded PostgreSQL did not start: " + e.getMessage());
        err.println("Run with --memory, or with --jdbc-url pointing at a PostgreSQL server.");
        return 1;
      }
    }
    if (json) {
      out.println(JsonReport.render(report));
    } else {
      TextReport.print(report, out);
    }
    if (report.failures() > 0) {
      err.println(report.failures() + " step(s) failed");
      return 1;
    }
    return 0;
  }

  private static ScenarioReport runOn(DataSource dataSource, PrintStream err) {
    SansheJdbc jdbc = SansheJdbc.builder(dataSource).build();
    err.println("Database: " + jdbc.dialect() + "; creating or upgrading the tables ...");
    TimeBankStorage storage = TimeBankStorage.database(jdbc, DistrictData.DISTRICT_LEDGER);
    AffairsStorage affairs = AffairsStorage.database(jdbc);
    return DistrictScenario.workingMonth().run(storage, affairs);
  }

  private static int usage(PrintStream err) {
    err.println("usage: Main [--json] [--memory | --jdbc-url URL]");
    return 2;
  }

  /** A data source over a JDBC URL, one connection per call; for {@code --jdbc-url}. */
  private record UrlDataSource(String url) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter writer) {}

    @Override
    public void setLoginTimeout(int seconds) {}

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
  }
}
