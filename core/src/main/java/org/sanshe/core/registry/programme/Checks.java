package org.sanshe.core.registry.programme;

import java.time.Instant;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.Ids;

/** Argument checks shared by the programme package. */
final class Checks {

  private Checks() {}

  static String actor(String actor) {
    if (!Ids.valid(actor)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("actor id", "操作人编号"));
    }
    return actor;
  }

  static Instant at(Instant at) {
    return required(at, "at");
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, field);
    }
    return value;
  }

  static String name(String text, Wording field) {
    if (text == null || text.isBlank()) {
      throw invalid(field, Wording.of("not blank", "不能为空"));
    }
    return BoundedText.name(text, field, BoundedText.MAX_NAME_LENGTH);
  }

  static Money positive(Money amount, Wording field) {
    required(amount, "amount");
    if (amount.fen() <= 0) {
      throw new RegistryException(RegistryError.BUDGET_AMOUNT_NOT_POSITIVE, field);
    }
    return amount;
  }

  static RegistryException invalid(Wording field, Wording rule) {
    return new RegistryException(RegistryError.PROGRAMME_SETTING_INVALID, field, rule);
  }
}
