/** Sanshe test kit: clocks, ids, fixtures, generators and assertions for downstream tests. */
module org.sanshe.testkit {
  requires transitive org.sanshe.core;
  requires transitive org.sanshe.timebank;
  requires transitive org.sanshe.deliberation;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;

  exports org.sanshe.testkit;
  exports org.sanshe.testkit.assertion;
  exports org.sanshe.testkit.contract;
  exports org.sanshe.testkit.fixture;
  exports org.sanshe.testkit.generator;
}
