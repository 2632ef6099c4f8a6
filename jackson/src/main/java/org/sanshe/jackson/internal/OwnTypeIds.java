package org.sanshe.jackson.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import java.io.IOException;

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
      String failureMsg)
      throws IOException {
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
      DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg)
      throws IOException {
    if (!targetType.getName().startsWith("org.sanshe.")) {
      return NOT_HANDLED;
    }
    throw InvalidFormatException.from(
        ctxt.getParser(), "not a value of " + targetType.getSimpleName(), null, targetType);
  }
}
