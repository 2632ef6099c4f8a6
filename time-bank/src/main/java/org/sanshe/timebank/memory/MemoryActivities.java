package org.sanshe.timebank.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.Activities;
import org.sanshe.timebank.activity.Activity;
import org.sanshe.timebank.activity.ActivityEvent;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKey;
import org.sanshe.timebank.activity.ActivitySnapshot;
import org.sanshe.timebank.activity.Attendance;
import org.sanshe.timebank.activity.AttendanceState;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.team.TeamId;

/**
 * Activities and patrol shifts kept in memory, for tests and small deployments. Keeps {@link
 * ActivitySnapshot}s, not live objects, checks versions exactly as a database store does, and keeps
 * indexes by volunteer and by team so that the queries read only what they return. With an {@link
 * OutboxSink}, every successful add or update appends the pending events (aggregate type {@value
 * #AGGREGATE_TYPE}) in the same critical section. A volunteer's activities are kept as one sorted
 * array of keys per volunteer (no tree node per sign-up), so that an activity of 10,000 volunteers
 * adds 10,000 array slots, not 10,000 objects. Thread-safe (synchronized).
 */
public final class MemoryActivities implements Activities {

  /** The aggregate type of its events in an outbox. */
  public static final String AGGREGATE_TYPE = "activity";

  private final Map<String, ActivitySnapshot> byId = new HashMap<>();
  private final Map<PartyId, SortedKeys> byVolunteer = new HashMap<>();
  private final Map<TeamId, TreeMap<ActivityKey, ActivitySnapshot>> byTeam = new HashMap<>();
  private final OutboxSink outbox;

  /** Creates an empty store without an outbox. */
  public MemoryActivities() {
    this.outbox = null;
  }

  /**
   * Creates an empty store that appends the events of every save to an outbox.
   *
   * @param outbox the outbox, not null
   */
  public MemoryActivities(OutboxSink outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  private void publish(Activity activity, long version) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(
              AGGREGATE_TYPE,
              activity.id().value(),
              version,
              activity.pendingEvents(),
              e -> ((ActivityEvent) e).at()));
    }
  }

  @Override
  public synchronized void add(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    if (activity.version() != 0) {
      throw StoreRules.conflict(Activity.KIND, activity.version(), 0);
    }
    if (byId.containsKey(activity.id().value())) {
      throw StoreRules.duplicate(Activity.KIND);
    }
    ActivitySnapshot next = activity.snapshot().withVersion(1);
    publish(activity, 1);
    store(null, next);
  }

  @Override
  public synchronized void update(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    ActivitySnapshot stored = byId.get(activity.id().value());
    if (stored == null) {
      throw StoreRules.unknown(Activity.KIND);
    }
    if (stored.version() != activity.version()) {
      throw StoreRules.conflict(Activity.KIND, activity.version(), stored.version());
    }
    ActivitySnapshot next = activity.snapshot().withVersion(stored.version() + 1);
    publish(activity, next.version());
    store(stored, next);
  }

  private void store(ActivitySnapshot old, ActivitySnapshot next) {
    ActivityKey key = next.key();
    boolean same = old != null && sameVolunteers(old, next);
    if (old != null && !same) {
      for (Attendance a : old.attendance()) {
        SortedKeys keys = byVolunteer.get(a.volunteer());
        keys.remove(key);
        if (keys.isEmpty()) {
          byVolunteer.remove(a.volunteer());
        }
      }
    }
    if (!same) {
      for (Attendance a : next.attendance()) {
        byVolunteer.computeIfAbsent(a.volunteer(), v -> new SortedKeys()).add(key);
      }
    }
    if (next.team() != null) {
      byTeam.computeIfAbsent(next.team(), t -> new TreeMap<>()).put(key, next);
    }
    byId.put(next.id().value(), next);
  }

  /** Tells whether a save left the index by volunteer as it was (check-ins, check-outs). */
  private static boolean sameVolunteers(ActivitySnapshot old, ActivitySnapshot next) {
    List<Attendance> a = old.attendance();
    List<Attendance> b = next.attendance();
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).volunteer().equals(b.get(i).volunteer())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Optional<Activity> find(ActivityId id) {
    Objects.requireNonNull(id, "id");
    ActivitySnapshot s;
    synchronized (this) {
      s = byId.get(id.value());
    }
    return Optional.ofNullable(s).map(Activity::restore);
  }

  @Override
  public List<Activity> upcomingOf(PartyId volunteer, Instant now, ActivityKey after, int max) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(now, "now");
    StoreRules.checkPage(max);
    List<ActivitySnapshot> page = new ArrayList<>();
    synchronized (this) {
      SortedKeys keys = byVolunteer.get(volunteer);
      if (keys != null) {
        for (int i = after == null ? 0 : keys.indexAfter(after); i < keys.size; i++) {
          ActivitySnapshot s = byId.get(keys.keys[i].id().value());
          if (s.cancelledAt() == null && s.end().isAfter(now) && pendingFor(s, volunteer)) {
            page.add(s);
            if (page.size() == max) {
              break;
            }
          }
        }
      }
    }
    return page.stream().map(Activity::restore).toList();
  }

  private static boolean pendingFor(ActivitySnapshot s, PartyId volunteer) {
    for (Attendance a : s.attendance()) {
      if (a.volunteer().equals(volunteer)) {
        return a.state() == AttendanceState.SIGNED_UP || a.state() == AttendanceState.CHECKED_IN;
      }
    }
    return false;
  }

  @Override
  public List<Activity> ofTeam(TeamId team, Instant from, Instant to, ActivityKey after, int max) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    StoreRules.checkPage(max);
    List<ActivitySnapshot> page = new ArrayList<>();
    synchronized (this) {
      TreeMap<ActivityKey, ActivitySnapshot> all = byTeam.get(team);
      if (all != null) {
        for (ActivitySnapshot s : (after == null ? all : all.tailMap(after, false)).values()) {
          if (!s.start().isBefore(to)) {
            break;
          }
          if (!s.start().isBefore(from)) {
            page.add(s);
            if (page.size() == max) {
              break;
            }
          }
        }
      }
    }
    return page.stream().map(Activity::restore).toList();
  }

  /** One volunteer's activity keys, ascending, without duplicates; guarded by the store. */
  static final class SortedKeys {
    ActivityKey[] keys = new ActivityKey[2];
    int size;

    void add(ActivityKey key) {
      int i = Arrays.binarySearch(keys, 0, size, key);
      if (i >= 0) {
        return;
      }
      int p = -i - 1;
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      System.arraycopy(keys, p, keys, p + 1, size - p);
      keys[p] = key;
      size++;
    }

    void remove(ActivityKey key) {
      int i = Arrays.binarySearch(keys, 0, size, key);
      if (i >= 0) {
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        keys[--size] = null;
      }
    }

    boolean isEmpty() {
      return size == 0;
    }

    // the index of the first key greater than the given one
    int indexAfter(ActivityKey key) {
      int i = Arrays.binarySearch(keys, 0, size, key);
      return i >= 0 ? i + 1 : -i - 1;
    }
  }

  @Override
  public synchronized String toString() {
    return "MemoryActivities[" + byId.size() + "]";
  }
}
