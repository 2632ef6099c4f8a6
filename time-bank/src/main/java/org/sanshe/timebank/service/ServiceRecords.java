package org.sanshe.timebank.service;

import java.util.List;
import java.util.Optional;
import org.sanshe.timebank.account.PartyId;

/**
 * The port that keeps service records. A record is added once and afterwards only replaced by its
 * own status transition; nothing is deleted. Implementations must be thread-safe.
 */
public interface ServiceRecords {

  /**
   * Adds a new record.
   *
   * @param record the record, not null, with an unused id
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_SERVICE_DUPLICATE} if the
   *     id is taken (nothing changed)
   */
  void add(ServiceRecord record);

  /**
   * Stores a record's status transition.
   *
   * @param record the record, not null, already added
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_SERVICE_NOT_STORED} if no
   *     record has the id (nothing changed)
   */
  void update(ServiceRecord record);

  /**
   * Finds a record.
   *
   * @param id the id, not null
   * @return the record, or empty
   */
  Optional<ServiceRecord> find(ServiceRecordId id);

  /**
   * Returns a volunteer's records in the order added.
   *
   * @param volunteer the volunteer, not null
   * @return the records
   */
  List<ServiceRecord> ofVolunteer(PartyId volunteer);

  /**
   * Returns one page of the records an organization has recorded but not yet verified (status
   * {@link ServiceStatus#RECORDED}) in the order they were added, oldest first: a coordinator's
   * queue of records awaiting verification. A page after an id no longer awaiting verification goes
   * on after that record's place in the order; after an unknown id it is empty.
   *
   * @param organization the recording organization, not null
   * @param after the last id of the previous page, or null for the first page
   * @param max the most records, 1 to {@value org.sanshe.timebank.error.StoreRules#MAX_PAGE}
   * @return the records, in the order added
   * @throws org.sanshe.core.error.SansheException {@code ARGUMENT_INVALID} for a bad page size
   */
  List<ServiceRecord> awaitingVerification(PartyId organization, ServiceRecordId after, int max);
}
