package org.sanshe.core.registry.project;

import java.util.List;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * The public-welfare projects: a port. Implementations are thread-safe and check versions
 * optimistically on {@link #save(Project)}.
 */
public interface Projects {

  /**
   * Finds a project.
   *
   * @param id the id, not null
   * @return the project, if stored
   */
  Optional<Project> find(ProjectId id);

  /**
   * Stores a new or changed project.
   *
   * @param project the project, not null
   * @return the stored project with its new version
   * @throws org.sanshe.core.registry.StaleVersionException with {@code PROJECT_VERSION_CONFLICT}
   */
  Project save(Project project);

  /**
   * Lists the projects of an implementing organization, ordered by id.
   *
   * @param implementer the organization, not null
   * @return the projects
   */
  List<Project> implementedBy(OrganizationId implementer);

  /**
   * Lists the projects hosted in a community, ordered by id.
   *
   * @param community the community, not null
   * @return the projects
   */
  List<Project> hostedIn(DivisionCode community);
}
