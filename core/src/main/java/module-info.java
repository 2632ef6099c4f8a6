/**
 * Sanshe core: the shared kernel (errors, identifiers, division codes, ids), the organization
 * registry and satisfaction scoring.
 *
 * <p>Jackson and Jakarta Validation are optional: only {@code org.sanshe.core.json} and {@code
 * org.sanshe.core.validation} use them. On the module path register {@link
 * org.sanshe.core.json.SansheCoreModule} with your {@code ObjectMapper} yourself; on the class path
 * {@code ObjectMapper.findAndRegisterModules()} finds it.
 */
module org.sanshe.core {
  requires static com.fasterxml.jackson.databind;
  requires static jakarta.validation;

  exports org.sanshe.core.error;
  exports org.sanshe.core.identifier;
  exports org.sanshe.core.kernel;
  exports org.sanshe.core.json;
  exports org.sanshe.core.validation;
  exports org.sanshe.core.money;
  exports org.sanshe.core.registry;
  exports org.sanshe.core.registry.division;
  exports org.sanshe.core.registry.organization;
  exports org.sanshe.core.registry.memory;
  exports org.sanshe.core.registry.worker;
  exports org.sanshe.core.registry.project;
  exports org.sanshe.core.registry.json;
  exports org.sanshe.core.registry.hsds;
  exports org.sanshe.core.satisfaction;
  exports org.sanshe.core.satisfaction.instrument;
  exports org.sanshe.core.satisfaction.response;
  exports org.sanshe.core.satisfaction.response.memory;
  exports org.sanshe.core.satisfaction.score;
  exports org.sanshe.core.satisfaction.grade;
}
