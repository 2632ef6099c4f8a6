/**
 * Sanshe for Jackson 2 ({@code com.fasterxml.jackson}): one Jackson module per Sanshe module
 * ({@link org.sanshe.jackson.core.SansheCoreModule}, {@link
 * org.sanshe.jackson.timebank.SansheTimeBankModule}, {@link
 * org.sanshe.jackson.deliberation.SansheDeliberationModule}), provided to {@code ServiceLoader} so
 * that {@code ObjectMapper.findAndRegisterModules()} finds them on the module path as on the class
 * path, and {@link org.sanshe.jackson.SansheJson} for ready-made mappers and problem documents.
 */
module org.sanshe.jackson {
  requires transitive org.sanshe.core;
  requires transitive org.sanshe.timebank;
  requires transitive org.sanshe.deliberation;
  requires transitive com.fasterxml.jackson.databind;

  exports org.sanshe.jackson;
  exports org.sanshe.jackson.core;
  exports org.sanshe.jackson.timebank;
  exports org.sanshe.jackson.deliberation;

  // Jackson's record and bean support reads Sanshe's records reflectively through their public
  // accessors and constructors: the domain packages are exported, nothing needs opening.
  provides com.fasterxml.jackson.databind.Module with
      org.sanshe.jackson.core.SansheCoreModule,
      org.sanshe.jackson.timebank.SansheTimeBankModule,
      org.sanshe.jackson.deliberation.SansheDeliberationModule;
}
