package org.sanshe.timebank.error;

import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * The rules every store of the time bank's aggregates (teams, activities, rotas, care pairings)
 * applies the same way: page sizes, and the errors of an unknown id, a taken id and a stale
 * version. Stateless and thread-safe.
 */
public final class StoreRules {

  /** The largest page a query returns. */
  public static final int MAX_PAGE = 10_000;

  private StoreRules() {}

  /**
   * Checks a page size.
   *
   * @param max the size
   * @throws SansheException {@code ARGUMENT_INVALID} unless 1 to {@value #MAX_PAGE}
   */
  public static void checkPage(int max) {
    if (max < 1 || max > MAX_PAGE) {
      throw new SansheException(
          CoreError.ARGUMENT_INVALID,
          Wording.of("The page size", "每页条数"),
          Wording.of("1 to " + MAX_PAGE, "1 至 " + MAX_PAGE));
    }
  }

  /**
   * Returns the error of a stale write.
   *
   * @param kind the kind of aggregate, not null
   * @param read the version the writer read
   * @param stored the version stored
   * @return the exception
   */
  public static TimeBankException conflict(Wording kind, long read, long stored) {
    return new TimeBankException(TimeBankError.TIMEBANK_VERSION_CONFLICT, kind, read, stored);
  }

  /**
   * Returns the error of an unknown id.
   *
   * @param kind the kind of aggregate, not null
   * @return the exception
   */
  public static TimeBankException unknown(Wording kind) {
    return new TimeBankException(TimeBankError.TIMEBANK_ENTITY_UNKNOWN, kind);
  }

  /**
   * Returns the error of a taken id.
   *
   * @param kind the kind of aggregate, not null
   * @return the exception
   */
  public static TimeBankException duplicate(Wording kind) {
    return new TimeBankException(TimeBankError.TIMEBANK_ENTITY_DUPLICATE, kind);
  }
}
