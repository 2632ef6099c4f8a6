package org.sanshe.deliberation.ballot;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SortedSet;

/**
 * An unmodifiable sorted set of candidate ids held in one sorted array: what an {@link
 * ApprovalBallot} approves. It behaves as an unmodifiable {@link java.util.TreeSet} in natural
 * order (iteration in order, {@code contains} by binary search, the {@link java.util.Set} contract
 * for {@code equals} and {@code hashCode}; the mutators inherited from {@link AbstractSet} throw
 * {@link UnsupportedOperationException} as every unmodifiable collection does), with one array
 * instead of a tree node per id. Immutable and thread-safe; never holds null.
 */
final class SortedIds extends AbstractSet<CandidateId> implements SortedSet<CandidateId> {

  private static final SortedIds EMPTY = new SortedIds(new CandidateId[0]);

  private final CandidateId[] ids;

  /** Takes the array, which must be sorted strictly ascending and free of nulls; not copied. */
  private SortedIds(CandidateId[] ids) {
    this.ids = ids;
  }

  /** Wraps an array already sorted strictly ascending and free of nulls; not copied. */
  static SortedIds ofSorted(CandidateId[] ids) {
    return ids.length == 0 ? EMPTY : new SortedIds(ids);
  }

  /**
   * Copies a collection, sorting it and dropping repeats.
   *
   * @throws NullPointerException if the collection or an element is null
   */
  static SortedIds copyOf(Collection<CandidateId> source) {
    if (source instanceof SortedIds s) {
      return s;
    }
    CandidateId[] a = source.toArray(new CandidateId[0]);
    for (CandidateId id : a) {
      Objects.requireNonNull(id, "approved element");
    }
    Arrays.sort(a);
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      if (k == 0 || a[k - 1].compareTo(a[i]) != 0) {
        a[k++] = a[i];
      }
    }
    return k == 0 ? EMPTY : new SortedIds(k == a.length ? a : Arrays.copyOf(a, k));
  }

  /**
   * Sorts the array in place and wraps it, or returns the first repeated id.
   *
   * @param a the ids, not null, free of nulls; owned by the result afterwards
   * @return the set, or null if an id repeats (then {@code repeat[0]} holds it)
   */
  static SortedIds ownSorted(CandidateId[] a, CandidateId[] repeat) {
    int ascending = 1;
    while (ascending < a.length && a[ascending - 1].compareTo(a[ascending]) < 0) {
      ascending++;
    }
    if (ascending >= a.length) { // strictly ascending already (a reader's ballots are)
      return a.length == 0 ? EMPTY : new SortedIds(a);
    }
    Arrays.sort(a);
    for (int i = 1; i < a.length; i++) {
      if (a[i - 1].compareTo(a[i]) == 0) {
        repeat[0] = a[i];
        return null;
      }
    }
    return a.length == 0 ? EMPTY : new SortedIds(a);
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof CandidateId id && Arrays.binarySearch(ids, id) >= 0;
  }

  @Override
  public Iterator<CandidateId> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < ids.length;
      }

      @Override
      public CandidateId next() {
        if (next >= ids.length) {
          throw new NoSuchElementException();
        }
        return ids[next++];
      }
    };
  }

  @Override
  public Object[] toArray() {
    return ids.clone();
  }

  @Override
  public Comparator<? super CandidateId> comparator() {
    return null;
  }

  @Override
  public CandidateId first() {
    if (ids.length == 0) {
      throw new NoSuchElementException();
    }
    return ids[0];
  }

  @Override
  public CandidateId last() {
    if (ids.length == 0) {
      throw new NoSuchElementException();
    }
    return ids[ids.length - 1];
  }

  @Override
  public SortedSet<CandidateId> subSet(CandidateId fromElement, CandidateId toElement) {
    if (fromElement.compareTo(toElement) > 0) {
      throw new IllegalArgumentException("fromKey > toKey");
    }
    return range(from(fromElement), from(toElement));
  }

  @Override
  public SortedSet<CandidateId> headSet(CandidateId toElement) {
    return range(0, from(toElement));
  }

  @Override
  public SortedSet<CandidateId> tailSet(CandidateId fromElement) {
    return range(from(fromElement), ids.length);
  }

  /** The index of the first id not below the given one. */
  private int from(CandidateId id) {
    int at = Arrays.binarySearch(ids, Objects.requireNonNull(id, "id"));
    return at >= 0 ? at : -at - 1;
  }

  private SortedIds range(int from, int to) {
    return from >= to ? EMPTY : new SortedIds(Arrays.copyOfRange(ids, from, to));
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof SortedIds other) {
      return Arrays.equals(ids, other.ids);
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
