package org.sanshe.core.registry.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectEvent;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.Projects;

/** {@link Projects} in memory. Thread-safe: concurrent readers, serialized versioned writers. */
public final class InMemoryProjects implements Projects {

  private final ConcurrentSkipListMap<ProjectId, Project> byId = new ConcurrentSkipListMap<>();

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "project";

  private final OutboxSink outbox;

  /** Creates an empty store. */
  public InMemoryProjects() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that writes the events of every save to an outbox, before the save
   * becomes visible: a refused save writes nothing, and an outbox that refuses the events refuses
   * the save.
   *
   * @param outbox the outbox, not null; events go as aggregate type {@value #AGGREGATE_TYPE}
   */
  public InMemoryProjects(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

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
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              project.id().value(),
              stored.version(),
              project.events(),
              e -> ((ProjectEvent) e).occurredAt()));
    }
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
