package org.sanshe.core.registry.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.Projects;

/** {@link Projects} in memory. Thread-safe: concurrent readers, serialized versioned writers. */
public final class InMemoryProjects implements Projects {

  private final ConcurrentSkipListMap<ProjectId, Project> byId = new ConcurrentSkipListMap<>();

  /** Creates an empty store. */
  public InMemoryProjects() {}

  @Override
  public Optional<Project> find(ProjectId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized Project save(Project project) {
    Objects.requireNonNull(project, "project");
    Project current = byId.get(project.id());
    long currentVersion = current == null ? 0 : current.version();
    if (project.version() != currentVersion) {
      throw new StaleVersionException(
          RegistryError.PROJECT_VERSION_CONFLICT, project.id(), project.version(), currentVersion);
    }
    Project stored = project.storedAs(currentVersion + 1);
    byId.put(stored.id(), stored);
    return stored;
  }

  @Override
  public List<Project> implementedBy(OrganizationId implementer) {
    Objects.requireNonNull(implementer, "implementer");
    return byId.values().stream().filter(p -> p.implementer().equals(implementer)).toList();
  }

  @Override
  public List<Project> hostedIn(DivisionCode community) {
    Objects.requireNonNull(community, "community");
    return byId.values().stream().filter(p -> p.hosts().contains(community)).toList();
  }

  @Override
  public String toString() {
    return "InMemoryProjects[" + byId.size() + "]";
  }
}
