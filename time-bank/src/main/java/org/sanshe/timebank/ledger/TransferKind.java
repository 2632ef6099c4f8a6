package org.sanshe.timebank.ledger;

/** Why hours move. The code is stored in the journal and never changes. Immutable. */
public enum TransferKind {
  /** Verified service credited from the issuance account to a volunteer. */
  SERVICE_CREDIT(1),
  /** Credits spent on a service received. */
  REDEMPTION(2),
  /** Credits given to a relative or friend. */
  GIFT(3),
  /** Credits donated to a pool (also diverted excess above a storage cap). */
  DONATION(4),
  /** A correction: the reversal or re-entry of an earlier movement. */
  CORRECTION(5),
  /** A movement between district ledgers through clearing accounts (通存通兑). */
  POOLING(6);

  private static final TransferKind[] BY_CODE = new TransferKind[7];

  static {
    for (TransferKind k : values()) {
      BY_CODE[k.code] = k;
    }
  }

  private final byte code;

  TransferKind(int code) {
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
   * Returns the kind of a stored code.
   *
   * @param code the code
   * @return the kind
   * @throws IllegalArgumentException if unknown
   */
  public static TransferKind ofCode(byte code) {
    if (code <= 0 || code >= BY_CODE.length) {
      throw new IllegalArgumentException("unknown transfer kind code " + code);
    }
    return BY_CODE[code];
  }
}
