package org.sanshe.timebank.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.service.ServiceRecords;

/** The in-memory {@link ServiceRecords}. Thread-safe: every method synchronizes. */
public final class MemoryServiceRecords implements ServiceRecords {

  private final Map<ServiceRecordId, ServiceRecord> records = new LinkedHashMap<>();

  /** Creates an empty store. */
  public MemoryServiceRecords() {}

  @Override
  public synchronized void add(ServiceRecord record) {
    Objects.requireNonNull(record, "record");
    if (records.containsKey(record.id())) {
      throw new IllegalArgumentException("service record exists: " + record.id());
    }
    records.put(record.id(), record);
  }

  @Override
  public synchronized void update(ServiceRecord record) {
    Objects.requireNonNull(record, "record");
    if (!records.containsKey(record.id())) {
      throw new IllegalArgumentException("unknown service record: " + record.id());
    }
    records.put(record.id(), record);
  }

  @Override
  public synchronized Optional<ServiceRecord> find(ServiceRecordId id) {
    return Optional.ofNullable(records.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized List<ServiceRecord> ofVolunteer(PartyId volunteer) {
    Objects.requireNonNull(volunteer, "volunteer");
    List<ServiceRecord> list = new ArrayList<>();
    for (ServiceRecord r : records.values()) {
      if (r.draft().volunteer().equals(volunteer)) {
        list.add(r);
      }
    }
    return list;
  }
}
