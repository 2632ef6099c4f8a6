package org.sanshe.core.registry.worker;

import java.util.List;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * The complete state of a social worker as plain data. Null lists read as empty. Immutable.
 *
 * @param id the id
 * @param version the stored version
 * @param name the name
 * @param level the qualification level
 * @param certificate the certificate number
 * @param employer the employing organization, or null
 * @param communities the assigned communities
 * @param generalPractice whether a general-practice social worker
 */
public record SocialWorkerSnapshot(
    SocialWorkerId id,
    long version,
    String name,
    QualificationLevel level,
    CertificateNumber certificate,
    OrganizationId employer,
    List<DivisionCode> communities,
    boolean generalPractice) {

  /** Copies the list. */
  public SocialWorkerSnapshot {
    communities = communities == null ? List.of() : List.copyOf(communities);
  }
}
