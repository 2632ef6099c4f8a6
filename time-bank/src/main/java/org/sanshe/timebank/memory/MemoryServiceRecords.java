package org.sanshe.timebank.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.service.ServiceRecords;
import org.sanshe.timebank.service.ServiceStatus;

/**
 * The in-memory {@link ServiceRecords}, indexed by volunteer and by the organization's records
 * awaiting verification, so that a volunteer's records and a coordinator's queue are read without
 * scanning every record. Thread-safe: every method synchronizes.
 */
public final class MemoryServiceRecords implements ServiceRecords {

  private final Map<ServiceRecordId, ServiceRecord> records = new LinkedHashMap<>();
  private final Map<PartyId, List<ServiceRecordId>> byVolunteer = new HashMap<>();
  private final Map<PartyId, TreeMap<Long, ServiceRecordId>> awaiting = new HashMap<>();
  private final Map<ServiceRecordId, Long> order = new HashMap<>();

  /** Creates an empty store. */
  public MemoryServiceRecords() {}

  @Override
  public synchronized void add(ServiceRecord record) {
    Objects.requireNonNull(record, "record");
    if (records.containsKey(record.id())) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_DUPLICATE);
    }
    records.put(record.id(), record);
    order.put(record.id(), (long) order.size());
    byVolunteer
        .computeIfAbsent(record.draft().volunteer(), v -> new ArrayList<>())
        .add(record.id());
    index(record);
  }

  @Override
  public synchronized void update(ServiceRecord record) {
    Objects.requireNonNull(record, "record");
    ServiceRecord old = records.get(record.id());
    if (old == null) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_NOT_STORED);
    }
    TreeMap<Long, ServiceRecordId> queue = awaiting.get(old.draft().organization());
    if (queue != null) {
      queue.remove(order.get(old.id()));
    }
    records.put(record.id(), record);
    index(record);
  }

  private void index(ServiceRecord record) {
    if (record.status() == ServiceStatus.RECORDED) {
      awaiting
          .computeIfAbsent(record.draft().organization(), o -> new TreeMap<>())
          .put(order.get(record.id()), record.id());
    }
  }

  @Override
  public synchronized Optional<ServiceRecord> find(ServiceRecordId id) {
    return Optional.ofNullable(records.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized List<ServiceRecord> ofVolunteer(PartyId volunteer) {
    Objects.requireNonNull(volunteer, "volunteer");
    List<ServiceRecordId> ids = byVolunteer.getOrDefault(volunteer, List.of());
    List<ServiceRecord> list = new ArrayList<>(ids.size());
    for (ServiceRecordId id : ids) {
      list.add(records.get(id));
    }
    return list;
  }

  @Override
  public synchronized List<ServiceRecord> awaitingVerification(
      PartyId organization, ServiceRecordId after, int max) {
    Objects.requireNonNull(organization, "organization");
    StoreRules.checkPage(max);
    TreeMap<Long, ServiceRecordId> queue = awaiting.get(organization);
    Long from = after == null ? null : order.get(after);
    if (queue == null || (after != null && from == null)) {
      return List.of();
    }
    List<ServiceRecord> page = new ArrayList<>();
    for (ServiceRecordId id : (from == null ? queue : queue.tailMap(from, false)).values()) {
      page.add(records.get(id));
      if (page.size() == max) {
        break;
      }
    }
    return page;
  }
}
