/**
 * Sanshe deliberation on a relational database: stores for matters, escalation cases,
 * consultations, votes and contests, with optimistic versions, over JDK {@code java.sql} only.
 */
module org.sanshe.deliberation.jdbc {
  requires transitive org.sanshe.deliberation;
  requires transitive org.sanshe.jdbc;

  exports org.sanshe.deliberation.jdbc;
}
