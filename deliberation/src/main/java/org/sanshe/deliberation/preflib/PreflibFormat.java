package org.sanshe.deliberation.preflib;

import java.util.Locale;
import java.util.Optional;

/**
 * The PrefLib data types this library reads and writes, with what each allows (PrefLib format
 * specification, "Data Types"): strict or with ties, complete or not, or categorical. Immutable and
 * thread-safe.
 */
public enum PreflibFormat {
  /** Strict orders, complete list: every alternative ranked, no ties. */
  SOC(true, true),
  /** Strict orders, incomplete list: no ties. */
  SOI(true, false),
  /** Orders with ties, complete list: every alternative ranked. */
  TOC(false, true),
  /** Orders with ties, incomplete list. */
  TOI(false, false),
  /**
   * Categorical preferences: each voter puts alternatives into the file's ordered categories (such
   * as Yes, No); read as ratings, the first of n categories worth n-1 and the last 0.
   */
  CAT(false, false);

  private final boolean strict;
  private final boolean complete;

  PreflibFormat(boolean strict, boolean complete) {
    this.strict = strict;
    this.complete = complete;
  }

  /**
   * Tells whether ties are forbidden.
   *
   * @return true for SOC and SOI
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Tells whether every alternative must be ranked.
   *
   * @return true for SOC and TOC
   */
  public boolean complete() {
    return complete;
  }

  /**
   * Returns the file extension and {@code DATA TYPE} value, such as {@code "soi"}.
   *
   * @return the lower-case name
   */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the format with this extension or {@code DATA TYPE} value, ignoring case.
   *
   * @param text the text, not null
   * @return the format, or empty when it is none of these
   */
  public static Optional<PreflibFormat> of(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (PreflibFormat f : values()) {
      if (f.name().equals(t)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
