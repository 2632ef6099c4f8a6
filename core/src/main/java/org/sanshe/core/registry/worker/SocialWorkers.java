package org.sanshe.core.registry.worker;

import java.util.List;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * The social workers of the registry: a port. Implementations are thread-safe, check versions
 * optimistically on {@link #save(SocialWorker)} and keep certificate numbers unique.
 */
public interface SocialWorkers {

  /**
   * Finds a worker.
   *
   * @param id the id, not null
   * @return the worker, if stored
   */
  Optional<SocialWorker> find(SocialWorkerId id);

  /**
   * Finds a worker by certificate.
   *
   * @param certificate the number, not null
   * @return the holder, if any
   */
  Optional<SocialWorker> findByCertificate(CertificateNumber certificate);

  /**
   * Stores a new or changed worker.
   *
   * @param worker the worker, not null
   * @return the stored worker with its new version
   * @throws org.sanshe.core.registry.StaleVersionException with {@code WORKER_VERSION_CONFLICT}
   * @throws org.sanshe.core.registry.RegistryException with {@code WORKER_CERTIFICATE_DUPLICATE}
   */
  SocialWorker save(SocialWorker worker);

  /**
   * Lists the workers of an employer, ordered by id.
   *
   * @param employer the organization, not null
   * @return the workers
   */
  List<SocialWorker> employedBy(OrganizationId employer);

  /**
   * Lists the workers assigned to a community, ordered by id.
   *
   * @param community the community, not null
   * @return the workers
   */
  List<SocialWorker> assignedTo(DivisionCode community);

  /**
   * Counts the certified workers of an employer per level.
   *
   * @param employer the organization, not null
   * @return the counts
   */
  default CertifiedWorkers certifiedCounts(OrganizationId employer) {
    int[] n = new int[3];
    for (SocialWorker w : employedBy(employer)) {
      n[w.level().ordinal()]++;
    }
    return new CertifiedWorkers(n[0], n[1], n[2]);
  }
}
