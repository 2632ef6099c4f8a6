package org.sanshe.jackson3.internal;

import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
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

  /**
   * Refuses a string that is not a value of a Sanshe type (an enum constant, for example) without
   * repeating it: Jackson's own failure quotes the string, which is input.
   */
  @Override
  public Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
    if (!targetType.getName().startsWith("org.sanshe.")) {
      return NOT_HANDLED;
    }
    throw InvalidFormatException.from(
        ctxt.getParser(), "not a value of " + targetType.getSimpleName(), null, targetType);
  }
}
