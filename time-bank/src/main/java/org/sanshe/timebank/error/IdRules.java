package org.sanshe.timebank.error;

import java.util.Map;
import java.util.Objects;
import org.sanshe.core.error.Wording;

/**
 * The shared form of the time bank's string identifiers: 1 to 64 characters from {@code A-Z a-z 0-9
 * . _ : -}. Identifiers are opaque codes chosen by the integrator and must not carry personal data.
 * Stateless and thread-safe.
 */
public final class IdRules {

  /** The longest identifier allowed. */
  public static final int MAX_LENGTH = 64;

  private static final Wording LENGTH = Wording.of("1 to 64 characters", "应为 1 至 64 个字符");
  private static final Wording CHARACTERS =
      Wording.of("only A-Z a-z 0-9 . _ : -", "只能包含 A-Z a-z 0-9 . _ : -");
  private static final Map<String, Wording> FIELDS =
      Map.of(
          "accountId", Wording.of("The account id", "账户编号"),
          "partyId", Wording.of("The party id", "参与方编号"),
          "transferId", Wording.of("The transfer id", "转账编号"),
          "serviceRecordId", Wording.of("The service record id", "服务记录编号"),
          "category", Wording.of("The service category", "服务类别"),
          "item", Wording.of("The service item", "服务项目"),
          "teamId", Wording.of("The team id", "服务队编号"),
          "activityId", Wording.of("The activity id", "活动编号"),
          "rotaId", Wording.of("The rota id", "排班表编号"),
          "pairingId", Wording.of("The pairing id", "结对编号"));

  private IdRules() {}

  /** The field's name in both languages; an unknown kind is a code and shown as it is. */
  private static Object field(String kind) {
    Wording w = FIELDS.get(kind);
    return w != null ? w : kind;
  }

  /**
   * Checks an identifier.
   *
   * @param kind the kind of id, for the message, not null
   * @param value the value
   * @return the value
   * @throws NullPointerException if value is null
   * @throws TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public static String check(String kind, String value) {
    Objects.requireNonNull(value, kind);
    int n = value.length();
    if (n == 0 || n > MAX_LENGTH) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ID_INVALID, field(kind), LENGTH);
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
      if (!ok) {
        throw new TimeBankException(TimeBankError.TIMEBANK_ID_INVALID, field(kind), CHARACTERS);
      }
    }
    return value;
  }
}
