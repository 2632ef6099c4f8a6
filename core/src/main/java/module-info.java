/**
 * Sanshe core: the shared kernel (errors, identifiers, division codes, ids), the organization
 * registry and satisfaction scoring.
 *
 * <p>Jakarta Validation is optional: only {@code org.sanshe.core.validation} uses it. JSON lives in
 * the separate artifacts {@code sanshe-jackson} (Jackson 2) and {@code sanshe-jackson3} (Jackson
 * 3).
 */
module org.sanshe.core {
  requires static jakarta.validation;

  exports org.sanshe.core.error;
  exports org.sanshe.core.identifier;
  exports org.sanshe.core.kernel;
  exports org.sanshe.core.event;
  exports org.sanshe.core.validation;
  exports org.sanshe.core.satisfaction;
  exports org.sanshe.core.satisfaction.instrument;
  exports org.sanshe.core.satisfaction.response;
  exports org.sanshe.core.satisfaction.response.memory;
  exports org.sanshe.core.satisfaction.score;
  exports org.sanshe.core.satisfaction.grade;
  exports org.sanshe.core.money;
  exports org.sanshe.core.registry;
  exports org.sanshe.core.registry.division;
  exports org.sanshe.core.registry.organization;
  exports org.sanshe.core.registry.memory;
  exports org.sanshe.core.registry.worker;
  exports org.sanshe.core.registry.project;
  exports org.sanshe.core.registry.hsds;
  exports org.sanshe.core.fund;
  exports org.sanshe.core.fund.memory;
  exports org.sanshe.core.fee;
  exports org.sanshe.core.registry.programme;
  exports org.sanshe.core.registry.programme.memory;
  exports org.sanshe.core.registry.review;
  exports org.sanshe.core.registry.review.memory;
  exports org.sanshe.core.registry.access;
  exports org.sanshe.core.registry.party;
  exports org.sanshe.core.intake;
}
