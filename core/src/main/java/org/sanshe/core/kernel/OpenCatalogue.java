package org.sanshe.core.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * The one mechanism behind every open catalogue of things that vary by place (channels,
 * consultation forms, service domains, departments, matter categories): entries keyed by a code
 * type, each listed once, presets plus integrator-defined entries added with {@link #with}, and
 * {@link #require} refusing a key that is not listed with {@code CATALOGUE_ENTRY_UNKNOWN} naming
 * the kind of entry, never the key. The entry type carries the names and checks them; this class
 * only keeps the order and the rules of listing. Entries keep the order they were listed in.
 *
 * <p>Immutable and thread-safe if the keys and entries are; {@code with} returns a new catalogue.
 * Nulls are refused with a {@link NullPointerException} naming the argument.
 *
 * @param <K> the key, a value type with {@code equals} and {@code hashCode} (a code record, or a
 *     code string)
 * @param <V> the entry, holding the names
 */
public final class OpenCatalogue<K, V> {

  private final Wording kind;
  private final Map<K, V> entries;

  private OpenCatalogue(Wording kind, Map<K, V> entries) {
    this.kind = kind;
    this.entries = entries;
  }

  /**
   * Tells whether a text has the form every open catalogue's codes share: 1 to {@code maxLength}
   * ASCII letters, digits, {@code -} or {@code _}, starting with a letter (case-sensitive).
   *
   * @param code the text, not null
   * @param maxLength the longest code the catalogue allows, at least 1
   * @return true if the text is such a code
   */
  public static boolean isCode(String code, int maxLength) {
    int n = code.length();
    if (n == 0 || n > maxLength || !letter(code.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = code.charAt(i);
      if (!letter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Returns an empty catalogue.
   *
   * @param <K> the key type
   * @param <V> the entry type
   * @param kind what an entry is, in both languages (for example "channel", "渠道"), named in
   *     refusals, not null
   * @return the catalogue
   */
  public static <K, V> OpenCatalogue<K, V> empty(Wording kind) {
    return new OpenCatalogue<>(Objects.requireNonNull(kind, "kind"), new LinkedHashMap<>());
  }

  /**
   * Returns this catalogue with one more entry.
   *
   * @param key the key, not null, not listed yet
   * @param entry the entry, not null
   * @return the new catalogue
   * @throws SansheException with {@code CATALOGUE_CODE_DUPLICATE} for a key listed already
   */
  public OpenCatalogue<K, V> with(K key, V entry) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(entry, "entry");
    if (entries.containsKey(key)) {
      throw new SansheException(CoreError.CATALOGUE_CODE_DUPLICATE, kind);
    }
    LinkedHashMap<K, V> next = new LinkedHashMap<>(entries);
    next.put(key, entry);
    return new OpenCatalogue<>(kind, next);
  }

  /**
   * Finds an entry.
   *
   * @param key the key, not null
   * @return the entry, or empty when not listed
   */
  public Optional<V> find(K key) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * Tells whether a key is listed.
   *
   * @param key the key, not null
   * @return true when listed
   */
  public boolean contains(K key) {
    return entries.containsKey(Objects.requireNonNull(key, "key"));
  }

  /**
   * Checks that a key is listed.
   *
   * @param key the key, not null
   * @return the key
   * @throws SansheException with {@code CATALOGUE_ENTRY_UNKNOWN} naming the kind when it is not
   */
  public K require(K key) {
    if (!contains(key)) {
      throw new SansheException(CoreError.CATALOGUE_ENTRY_UNKNOWN, kind);
    }
    return key;
  }

  /**
   * Returns every entry in the order listed.
   *
   * @return an unmodifiable list
   */
  public List<V> entries() {
    return List.copyOf(new ArrayList<>(entries.values()));
  }

  /**
   * Returns every key in the order listed.
   *
   * @return an unmodifiable set
   */
  public Set<K> keys() {
    return Collections.unmodifiableSet(entries.keySet());
  }

  /**
   * Returns what an entry is, as named in refusals.
   *
   * @return the wording
   */
  public Wording kind() {
    return kind;
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
  public String toString() {
    return "OpenCatalogue[" + kind.english() + "]" + entries.keySet();
  }
}
