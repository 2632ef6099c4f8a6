package org.sanshe.core.registry.programme.memory;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.programme.Application;
import org.sanshe.core.registry.programme.ApplicationEvent;
import org.sanshe.core.registry.programme.ApplicationId;
import org.sanshe.core.registry.programme.ApplicationSnapshot;
import org.sanshe.core.registry.programme.Applications;
import org.sanshe.core.registry.programme.CallId;
import org.sanshe.core.registry.programme.ProgrammeId;

/**
 * Applications kept in memory as snapshots, versions checked as the {@link Applications} port says;
 * one application per project and call. With an {@link OutboxSink}, every successful write appends
 * the pending events (aggregate type {@value #AGGREGATE_TYPE}) in the same critical section.
 * Thread-safe (synchronized).
 */
public final class InMemoryApplications implements Applications {

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "application";

  private record ProjectInCall(ProgrammeId programme, CallId call, String project) {}

  private final TreeMap<ApplicationId, ApplicationSnapshot> byId = new TreeMap<>();
  private final Set<ProjectInCall> projects = new HashSet<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public InMemoryApplications() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that writes events to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public InMemoryApplications(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private static ProjectInCall key(Application a) {
    return new ProjectInCall(a.programme(), a.call(), a.project().value());
  }

  private List<OutboxEvent> events(Application a, long version) {
    return OutboxEvent.of(
        AGGREGATE_TYPE,
        a.id().value(),
        version,
        a.pendingEvents(),
        e -> ((ApplicationEvent) e).at());
  }

  @Override
  public void add(Application application) {
    addAll(List.of(application));
  }

  @Override
  public synchronized void addAll(List<Application> applications) {
    Objects.requireNonNull(applications, "applications");
    Set<ApplicationId> ids = new HashSet<>();
    Set<ProjectInCall> keys = new HashSet<>();
    List<OutboxEvent> all = new java.util.ArrayList<>();
    for (Application a : applications) {
      Objects.requireNonNull(a, "application");
      if (byId.containsKey(a.id()) || !ids.add(a.id())) {
        throw new RegistryException(RegistryError.APPLICATION_DUPLICATE, a.id());
      }
      if (projects.contains(key(a)) || !keys.add(key(a))) {
        throw new RegistryException(RegistryError.APPLICATION_DUPLICATE, a.id());
      }
      if (a.version() != 0) {
        throw new StaleVersionException(
            RegistryError.APPLICATION_VERSION_CONFLICT, a.id(), a.version(), 0);
      }
      all.addAll(events(a, 1));
    }
    if (outbox != null) {
      outbox.append(all);
    }
    for (Application a : applications) {
      byId.put(a.id(), a.snapshot().withVersion(1));
      projects.add(key(a));
    }
  }

  @Override
  public synchronized void update(Application application) {
    Objects.requireNonNull(application, "application");
    ApplicationSnapshot stored = byId.get(application.id());
    if (stored == null) {
      throw new RegistryException(RegistryError.APPLICATION_NOT_FOUND, application.id());
    }
    if (stored.version() != application.version()) {
      throw new StaleVersionException(
          RegistryError.APPLICATION_VERSION_CONFLICT,
          application.id(),
          application.version(),
          stored.version());
    }
    if (outbox != null) {
      outbox.append(events(application, stored.version() + 1));
    }
    byId.put(application.id(), application.snapshot().withVersion(stored.version() + 1));
  }

  @Override
  public Optional<Application> find(ApplicationId id) {
    Objects.requireNonNull(id, "id");
    ApplicationSnapshot s;
    synchronized (this) {
      s = byId.get(id);
    }
    return Optional.ofNullable(s).map(Application::restore);
  }

  @Override
  public List<Application> toCall(ProgrammeId programme, CallId call) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(call, "call");
    List<ApplicationSnapshot> all;
    synchronized (this) {
      all = List.copyOf(byId.values());
    }
    return all.stream()
        .filter(s -> s.programme().equals(programme) && s.call().equals(call))
        .map(Application::restore)
        .toList();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryApplications[" + byId.size() + "]";
  }
}
