package org.sanshe.core.registry.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.worker.CertificateNumber;
import org.sanshe.core.registry.worker.SocialWorker;
import org.sanshe.core.registry.worker.SocialWorkerEvent;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.core.registry.worker.SocialWorkers;

/**
 * {@link SocialWorkers} in memory. Thread-safe: concurrent readers, writers serialized, versions
 * checked optimistically, certificate numbers kept unique.
 */
public final class InMemorySocialWorkers implements SocialWorkers {

  private final ConcurrentSkipListMap<SocialWorkerId, SocialWorker> byId =
      new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<CertificateNumber, SocialWorkerId> byCertificate =
      new ConcurrentHashMap<>();

  /** The aggregate type of the events this store writes to an outbox. */
  public static final String AGGREGATE_TYPE = "social-worker";

  private final OutboxSink outbox;

  /** Creates an empty store. */
  public InMemorySocialWorkers() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that writes the events of every save to an outbox, before the save
   * becomes visible: a refused save writes nothing, and an outbox that refuses the events refuses
   * the save.
   *
   * @param outbox the outbox, not null; events go as aggregate type {@value #AGGREGATE_TYPE}
   */
  public InMemorySocialWorkers(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public Optional<SocialWorker> find(SocialWorkerId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public Optional<SocialWorker> findByCertificate(CertificateNumber certificate) {
    SocialWorkerId id = byCertificate.get(Objects.requireNonNull(certificate, "certificate"));
    return id == null ? Optional.empty() : find(id);
  }

  @Override
  public synchronized SocialWorker save(SocialWorker worker) {
    Objects.requireNonNull(worker, "worker");
    SocialWorker current = byId.get(worker.id());
    long currentVersion = current == null ? 0 : current.version();
    if (worker.version() != currentVersion) {
      throw new StaleVersionException(
          RegistryError.WORKER_VERSION_CONFLICT, worker.id(), worker.version(), currentVersion);
    }
    SocialWorkerId holder = byCertificate.get(worker.certificate());
    if (holder != null && !holder.equals(worker.id())) {
      throw new RegistryException(RegistryError.WORKER_CERTIFICATE_DUPLICATE, worker.certificate());
    }
    SocialWorker stored = worker.storedAs(currentVersion + 1);
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              worker.id().value(),
              stored.version(),
              worker.events(),
              e -> ((SocialWorkerEvent) e).occurredAt()));
    }
    if (current != null) {
      byCertificate.remove(current.certificate(), current.id());
    }
    byCertificate.put(stored.certificate(), stored.id());
    byId.put(stored.id(), stored);
    return stored;
  }

  @Override
  public List<SocialWorker> employedBy(OrganizationId employer) {
    Objects.requireNonNull(employer, "employer");
    return byId.values().stream().filter(w -> employer.equals(w.employer().orElse(null))).toList();
  }

  @Override
  public List<SocialWorker> assignedTo(DivisionCode community) {
    Objects.requireNonNull(community, "community");
    return byId.values().stream().filter(w -> w.communities().contains(community)).toList();
  }

  @Override
  public String toString() {
    return "InMemorySocialWorkers[" + byId.size() + "]";
  }
}
