package org.sanshe.timebank.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.internal.Growth;
import org.sanshe.timebank.internal.OrdinalList;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.service.ServiceRecords;
import org.sanshe.timebank.service.ServiceStatus;

/**
 * The in-memory {@link ServiceRecords}, indexed by volunteer and by the organization's records
 * awaiting verification, so that a volunteer's records and a coordinator's queue are read without
 * scanning every record.
 *
 * <p>Laid out so that a stored record costs the record itself and a few ints, not a graph of map
 * entries the garbage collector has to copy: records sit in one array in the order added (their
 * ordinal), found by id through an open-addressing table of ordinals, and each volunteer's records
 * and each organization's queue are ascending lists of ordinals in int arrays ({@code
 * OrdinalList}). A record whose update names another volunteer or organization moves to that index,
 * as a database row's columns would.
 *
 * <p>Thread-safe: every method synchronizes. Null arguments are refused with a {@link
 * NullPointerException} naming the argument. Holds at most 2<sup>29</sup> records.
 */
public final class MemoryServiceRecords implements ServiceRecords {

  private static final int MAX_RECORDS = 1 << 29;

  private ServiceRecord[] records = new ServiceRecord[16];
  private int size;
  // each record's id hash (high half) and ordinal + 1 (low half), placed by the hash; 0 is an
  // empty slot; never more than half full. The hash is compared before a record is read.
  private long[] table = new long[32];
  private final Map<PartyId, OrdinalList> byVolunteer = new HashMap<>();
  private final Map<PartyId, OrdinalList> awaiting = new HashMap<>();

  /** Creates an empty store. */
  public MemoryServiceRecords() {}

  @Override
  public synchronized void add(ServiceRecord record) {
    Objects.requireNonNull(record, "record");
    if (ordinalOf(record.id()) >= 0) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_DUPLICATE);
    }
    if (size == MAX_RECORDS) {
      throw new IllegalStateException("the in-memory service record store is full");
    }
    if (size == records.length) {
      records = Growth.grow(records, Growth.next(records.length, size + 1));
    }
    if ((size + 1) * 2 > table.length) {
      rehash(table.length * 2);
    }
    int o = size++;
    records[o] = record;
    place(record.id(), o);
    byVolunteer.computeIfAbsent(record.draft().volunteer(), v -> new OrdinalList()).add(o);
    if (record.status() == ServiceStatus.RECORDED) {
      awaiting.computeIfAbsent(record.draft().organization(), g -> new OrdinalList()).add(o);
    }
  }

  @Override
  public synchronized void update(ServiceRecord record) {
    Objects.requireNonNull(record, "record");
    int o = ordinalOf(record.id());
    if (o < 0) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_NOT_STORED);
    }
    ServiceRecord old = records[o];
    PartyId volunteer = record.draft().volunteer();
    if (!old.draft().volunteer().equals(volunteer)) {
      OrdinalList mine = byVolunteer.get(old.draft().volunteer());
      mine.remove(o);
      if (mine.size() == 0) {
        byVolunteer.remove(old.draft().volunteer());
      }
      byVolunteer.computeIfAbsent(volunteer, v -> new OrdinalList()).add(o);
    }
    if (old.status() == ServiceStatus.RECORDED) {
      OrdinalList queue = awaiting.get(old.draft().organization());
      queue.remove(o);
      if (queue.size() == 0) {
        awaiting.remove(old.draft().organization());
      }
    }
    if (record.status() == ServiceStatus.RECORDED) {
      awaiting.computeIfAbsent(record.draft().organization(), g -> new OrdinalList()).add(o);
    }
    records[o] = record;
  }

  private static int slot(int hash, int mask) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  private int ordinalOf(ServiceRecordId id) {
    int hash = id.hashCode();
    int mask = table.length - 1;
    for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
      long v = table[i];
      if (v == 0) {
        return -1;
      }
      if ((int) (v >>> 32) == hash) {
        int o = (int) v - 1;
        ServiceRecordId stored = records[o].id();
        if (stored == id || stored.equals(id)) {
          return o;
        }
      }
    }
  }

  private void place(ServiceRecordId id, int o) {
    int hash = id.hashCode();
    int mask = table.length - 1;
    int i = slot(hash, mask);
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = ((long) hash << 32) | (o + 1);
  }

  private void rehash(int capacity) {
    table = new long[capacity];
    for (int o = 0; o < size; o++) {
      place(records[o].id(), o);
    }
  }

  @Override
  public synchronized Optional<ServiceRecord> find(ServiceRecordId id) {
    int o = ordinalOf(Objects.requireNonNull(id, "id"));
    return o < 0 ? Optional.empty() : Optional.of(records[o]);
  }

  @Override
  public synchronized List<ServiceRecord> ofVolunteer(PartyId volunteer) {
    Objects.requireNonNull(volunteer, "volunteer");
    OrdinalList mine = byVolunteer.get(volunteer);
    if (mine == null) {
      return new ArrayList<>(0);
    }
    int[] ordinals = mine.toArray();
    List<ServiceRecord> list = new ArrayList<>(ordinals.length);
    for (int o : ordinals) {
      list.add(records[o]);
    }
    return list;
  }

  @Override
  public synchronized List<ServiceRecord> awaitingVerification(
      PartyId organization, ServiceRecordId after, int max) {
    Objects.requireNonNull(organization, "organization");
    StoreRules.checkPage(max);
    OrdinalList queue = awaiting.get(organization);
    int from = after == null ? -1 : ordinalOf(after);
    if (queue == null || (after != null && from < 0)) {
      return List.of();
    }
    int[] page = new int[Math.min(max, queue.size())];
    int n = queue.after(from, page, page.length);
    List<ServiceRecord> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(records[page[i]]);
    }
    return list;
  }

  @Override
  public synchronized String toString() {
    return "MemoryServiceRecords[" + size + "]";
  }
}
