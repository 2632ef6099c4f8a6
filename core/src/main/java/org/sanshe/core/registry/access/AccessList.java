package org.sanshe.core.registry.access;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * The community work access list (社区工作准入清单): the tasks departments may hand to a residents'
 * committee, one entry per task code. The list is local: Jiangsu's programme requires one in every
 * city or district but each writes its own, so there is no preset. Immutable and thread-safe.
 */
public final class AccessList {

  private final Map<TaskCode, AccessEntry> entries;

  private AccessList(Map<TaskCode, AccessEntry> entries) {
    this.entries = entries;
  }

  /**
   * Creates a list.
   *
   * @param entries the entries, not null, no task twice
   * @return the list
   * @throws RegistryException with {@code ACCESS_TASK_DUPLICATE} naming the task listed twice
   */
  public static AccessList of(Collection<AccessEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    Map<TaskCode, AccessEntry> byTask = new TreeMap<>();
    for (AccessEntry e : entries) {
      Objects.requireNonNull(e, "entry");
      if (byTask.putIfAbsent(e.task(), e) != null) {
        throw new RegistryException(RegistryError.ACCESS_TASK_DUPLICATE, e.task());
      }
    }
    return new AccessList(Collections.unmodifiableMap(byTask));
  }

  /**
   * Returns the entry of a task.
   *
   * @param task the task, not null
   * @return the entry, or empty if the task is not listed
   */
  public Optional<AccessEntry> find(TaskCode task) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(task, "task")));
  }

  /**
   * Returns the entries in task-code order.
   *
   * @return an unmodifiable list
   */
  public List<AccessEntry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * Returns the number of entries.
   *
   * @return the size
   */
  public int size() {
    return entries.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessList l && l.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "AccessList[" + entries.size() + " tasks]";
  }
}
