package org.sanshe.core.registry.programme;

import java.util.List;
import java.util.Optional;

/**
 * The port to where applications are kept. Implementations are thread-safe. Versions work as for
 * {@link Programmes}, with {@code APPLICATION_VERSION_CONFLICT}. A project applies to a call once:
 * adding a second application of the same project to the same call fails with {@code
 * APPLICATION_DUPLICATE}, as does a taken id.
 */
public interface Applications {

  /**
   * Adds a new application as version 1.
   *
   * @param application the application, not null, at version 0
   * @throws org.sanshe.core.registry.RegistryException with {@code APPLICATION_DUPLICATE} or {@code
   *     APPLICATION_VERSION_CONFLICT}
   */
  void add(Application application);

  /**
   * Adds several new applications, all or none (the winners of a contest entering one call).
   *
   * @param applications the applications, not null, each at version 0, distinct ids and projects
   * @throws org.sanshe.core.registry.RegistryException with {@code APPLICATION_DUPLICATE} or {@code
   *     APPLICATION_VERSION_CONFLICT}; nothing is added then
   */
  void addAll(List<Application> applications);

  /**
   * Stores a changed application as the next version.
   *
   * @param application the application, not null, at the version it was read at
   * @throws org.sanshe.core.registry.RegistryException with {@code APPLICATION_NOT_FOUND} or {@code
   *     APPLICATION_VERSION_CONFLICT}
   */
  void update(Application application);

  /**
   * Finds an application.
   *
   * @param id the id, not null
   * @return a fresh instance, or empty
   */
  Optional<Application> find(ApplicationId id);

  /**
   * Lists the applications to a call.
   *
   * @param programme the programme, not null
   * @param call the call, not null
   * @return fresh instances ordered by id
   */
  List<Application> toCall(ProgrammeId programme, CallId call);
}
