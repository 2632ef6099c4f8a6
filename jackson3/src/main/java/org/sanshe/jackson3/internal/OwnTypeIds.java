package org.sanshe.jackson3.internal;

import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.jsontype.TypeIdResolver;

/**
 * Refuses an unknown {@code type} discriminator of a Sanshe type without repeating it: Jackson's
 * own failure quotes the unknown id, which is input. Types of other packages (an integrator's own)
 * keep Jackson's behaviour. Stateless and thread-safe.
 */
public final class OwnTypeIds extends DeserializationProblemHandler {

  @Override
  public JavaType handleUnknownTypeId(
      DeserializationContext ctxt,
      JavaType baseType,
      String subTypeId,
      TypeIdResolver idResolver,
      String failureMsg) {
    if (!baseType.getRawClass().getName().startsWith("org.sanshe.")) {
      return null;
    }
    throw InvalidTypeIdException.from(
        ctxt.getParser(),
        "unknown type of "
            + baseType.getRawClass().getSimpleName()
            + " (known: "
            + idResolver.getDescForKnownTypeIds()
            + ")",
        baseType,
        null);
  }
}
