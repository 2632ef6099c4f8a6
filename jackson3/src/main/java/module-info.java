/**
 * Sanshe for Jackson 3 ({@code tools.jackson}): one Jackson module per Sanshe module ({@link
 * org.sanshe.jackson3.core.SansheCoreModule}, {@link
 * org.sanshe.jackson3.timebank.SansheTimeBankModule}, {@link
 * org.sanshe.jackson3.deliberation.SansheDeliberationModule}), provided to {@code ServiceLoader} so
 * that {@code JsonMapper.builder().findAndAddModules()} finds them on the module path as on the
 * class path, and {@link org.sanshe.jackson3.SansheJson} for ready-made mappers and problem
 * documents.
 */
module org.sanshe.jackson3 {
  requires transitive org.sanshe.core;
  requires transitive org.sanshe.timebank;
  requires transitive org.sanshe.deliberation;
  requires transitive tools.jackson.databind;

  exports org.sanshe.jackson3;
  exports org.sanshe.jackson3.core;
  exports org.sanshe.jackson3.timebank;
  exports org.sanshe.jackson3.deliberation;

  // Jackson's record and bean support reads Sanshe's records reflectively through their public
  // accessors and constructors: the domain packages are exported, nothing needs opening.
  provides tools.jackson.databind.JacksonModule with
      org.sanshe.jackson3.core.SansheCoreModule,
      org.sanshe.jackson3.timebank.SansheTimeBankModule,
      org.sanshe.jackson3.deliberation.SansheDeliberationModule;
}
