package org.sanshe.deliberation.pabulib;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable row map over a header shared by every row of a section: one array of values per row
 * instead of a hash map, in column order. Equal to any map with the same entries. Immutable and
 * thread-safe.
 */
final class ColumnMap extends AbstractMap<String, String> {

  private final String[] columns;
  private final List<String> values;

  /** Takes the values, one per column, unmodifiable; not copied. */
  ColumnMap(String[] columns, List<String> values) {
    this.columns = columns;
    this.values = values;
  }

  /** The values, one per column, as given. */
  List<String> fieldList() {
    return values;
  }

  @Override
  public String get(Object key) {
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].equals(key)) {
        return values.get(i);
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return columns.length;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < columns.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (i >= columns.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> e = new SimpleImmutableEntry<>(columns[i], values.get(i));
            i++;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return columns.length;
      }
    };
  }
}
