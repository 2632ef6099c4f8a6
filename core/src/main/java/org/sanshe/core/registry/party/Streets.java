package org.sanshe.core.registry.party;

import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

final class Streets {

  private Streets() {}

  static DivisionCode street(DivisionCode d) {
    Objects.requireNonNull(d, "street");
    if (d.level() != DivisionLevel.TOWNSHIP) {
      throw new RegistryException(RegistryError.PARTY_DIVISION_NOT_STREET, d);
    }
    return d;
  }
}
