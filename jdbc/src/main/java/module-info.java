/**
 * Sanshe JDBC: the framework-free foundation of Sanshe's database adapters.
 *
 * <p>{@link org.sanshe.jdbc.SansheJdbc} runs work in a local or the caller's transaction and turns
 * every {@link java.sql.SQLException} into a coded {@link org.sanshe.jdbc.JdbcException}; {@link
 * org.sanshe.jdbc.migration.Migrator} applies versioned plain-SQL schemas. The integrator brings
 * the {@link javax.sql.DataSource} and the driver; nothing else is needed at run time.
 */
module org.sanshe.jdbc {
  requires transitive org.sanshe.core;
  requires transitive java.sql;

  exports org.sanshe.jdbc;
  exports org.sanshe.jdbc.migration;
  exports org.sanshe.jdbc.outbox;
  exports org.sanshe.jdbc.registry;
  exports org.sanshe.jdbc.satisfaction;
  exports org.sanshe.jdbc.programme;
}
