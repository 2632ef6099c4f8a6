package org.sanshe.timebank.service;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * A service record (志愿服务记录): the draft as recorded, and where it stands. The content never changes;
 * only the status moves forward (recorded, verified, corrected). Immutable: transitions return new
 * values.
 *
 * @param id the record's id
 * @param draft what was recorded
 * @param recordedBy the coordinator who recorded it
 * @param recordedAt when
 * @param status where it stands
 * @param credited the hours credited on verification (zero before)
 * @param verifiedBy the coordinator who verified it, or null
 * @param corrects the record this one corrects, or null
 * @param correctedBy the record that corrected this one, or null
 */
public record ServiceRecord(
    ServiceRecordId id,
    ServiceDraft draft,
    PartyId recordedBy,
    Instant recordedAt,
    ServiceStatus status,
    TimeCredit credited,
    PartyId verifiedBy,
    ServiceRecordId corrects,
    ServiceRecordId correctedBy) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a required component is null
   */
  public ServiceRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(credited, "credited");
  }

  ServiceRecord verified(PartyId by, TimeCredit amount) {
    return new ServiceRecord(
        id,
        draft,
        recordedBy,
        recordedAt,
        ServiceStatus.VERIFIED,
        amount,
        by,
        corrects,
        correctedBy);
  }

  ServiceRecord correctedBy(ServiceRecordId correction) {
    return new ServiceRecord(
        id,
        draft,
        recordedBy,
        recordedAt,
        ServiceStatus.CORRECTED,
        credited,
        verifiedBy,
        corrects,
        correction);
  }

  /**
   * Tells whether the record still counts (not superseded by a correction).
   *
   * @return true if recorded or verified
   */
  public boolean isCurrent() {
    return status != ServiceStatus.CORRECTED;
  }
}
