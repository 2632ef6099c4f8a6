package org.sanshe.core.registry.organization;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * A telephone number of an organization: 3 to 32 characters of digits, {@code +}, {@code -},
 * parentheses and spaces, with at least 3 digits. A person's number (a mobile of a staff member
 * rather than the office line) is personal data and is masked by {@link #toString()}, by the JSON
 * modules' personal-data mode and in the HSDS export. Immutable and thread-safe.
 *
 * @param number the number
 * @param personal whether it is a person's number
 */
public record ContactPhone(String number, boolean personal) {

  /**
   * Checks the number.
   *
   * @throws RegistryException with {@code ORGANIZATION_RECORD_INVALID} naming the field and rule
   */
  public ContactPhone {
    Objects.requireNonNull(number, "number");
    number = number.strip();
    int digits = 0;
    boolean ok = number.length() >= 3 && number.length() <= 32;
    for (int i = 0; ok && i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != '+' && c != '-' && c != ' ' && c != '(' && c != ')') {
        ok = false;
      }
    }
    if (!ok || digits < 3) {
      throw new RegistryException(RegistryError.ORGANIZATION_RECORD_INVALID, FIELD, RULE);
    }
  }

  private static final Wording FIELD = Wording.of("phone", "电话");
  private static final Wording RULE =
      Wording.of("3 to 32 digits, '+', '-', parentheses or spaces", "3 至 32 个数字、“+”“-”、括号或空格");

  /**
   * Returns the number as it may be shown: masked when it is a person's.
   *
   * @return the number or its mask
   */
  public String shown() {
    return personal ? PersonalText.maskPhone(number) : number;
  }

  @Override
  public String toString() {
    return "ContactPhone[" + shown() + (personal ? ", personal]" : "]");
  }
}
