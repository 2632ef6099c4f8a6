package org.sanshe.timebank.ledger;

/**
 * The phase of a journal entry: an ordinary posted movement, a reservation (pending), the
 * resolution of a reservation, or a diverted excess. The code is stored and never changes.
 * Immutable.
 */
public enum TransferPhase {
  /** Moved the amount at once. */
  POSTED(1),
  /** Reserved the amount: it counts against limits but is not yet moved. */
  PENDING(2),
  /** Moved (part of) a reserved amount and released the reservation. */
  POST_PENDING(3),
  /** Released a reservation without moving anything. */
  VOID_PENDING(4),
  /** Released a reservation whose timeout passed. */
  EXPIRE_PENDING(5),
  /** Moved the excess above a storage cap on to the donation pool. */
  DIVERTED(6);

  private static final TransferPhase[] BY_CODE = new TransferPhase[7];

  static {
    for (TransferPhase p : values()) {
      BY_CODE[p.code] = p;
    }
  }

  private final byte code;

  TransferPhase(int code) {
    this.code = (byte) code;
  }

  /**
   * Returns the stored code.
   *
   * @return the code
   */
  public byte code() {
    return code;
  }

  /**
   * Tells whether entries of this phase change posted balances.
   *
   * @return true for posted, post-pending and diverted entries
   */
  public boolean movesBalance() {
    return this == POSTED || this == POST_PENDING || this == DIVERTED;
  }

  /**
   * Returns the phase of a stored code.
   *
   * @param code the code
   * @return the phase
   * @throws IllegalArgumentException if unknown
   */
  public static TransferPhase ofCode(byte code) {
    if (code <= 0 || code >= BY_CODE.length) {
      throw new IllegalArgumentException("unknown transfer phase code " + code);
    }
    return BY_CODE[code];
  }
}
