package org.sanshe.jackson3.internal;

import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.sanshe.core.error.SansheException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Exact amounts as JSON objects of an integer in the smallest unit plus a display form: {@code
 * {"minutes":150,"display":"2h30m"}}, {@code {"fen":12345,"display":"123.45"}}. Reading needs the
 * integer; a display form, when present, must agree with it. Not exported; thread-safe.
 */
public final class Amounts {

  private Amounts() {}

  /**
   * Registers an amount type.
   *
   * @param <T> the type
   * @param module the module
   * @param type the class
   * @param unit the name of the integer member, such as {@code minutes}
   * @param toUnits the amount in units
   * @param fromUnits the amount of units; may throw {@link SansheException}
   * @param display the display form
   * @return the deserializer registered, for reuse by composite deserializers
   */
  public static <T> ValueDeserializer<T> register(
      SimpleModule module,
      Class<T> type,
      String unit,
      ToLongFunction<T> toUnits,
      LongFunction<T> fromUnits,
      Function<T, String> display) {
    module.addSerializer(
        type,
        new ValueSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
            gen.writeStartObject();
            gen.writeNumberProperty(unit, toUnits.applyAsLong(value));
            gen.writeStringProperty("display", display.apply(value));
            gen.writeEndObject();
          }
        });
    ValueDeserializer<T> deserializer =
        new ValueDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
              return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            Long units = null;
            String shown = null;
            for (String field = p.nextName(); field != null; field = p.nextName()) {
              JsonToken t = p.nextToken();
              if (field.equals(unit) && t == JsonToken.VALUE_NUMBER_INT) {
                units = p.getLongValue();
              } else if (field.equals("display") && t == JsonToken.VALUE_STRING) {
                shown = p.getString();
              } else if (field.equals(unit) || field.equals("display")) {
                throw MismatchedInputException.from(
                    p, type, field + ": wrong JSON type for " + type.getSimpleName());
              } else {
                ctxt.handleUnknownProperty(p, this, type, field);
              }
            }
            if (units == null) {
              throw MismatchedInputException.from(
                  p, type, "missing " + unit + " of " + type.getSimpleName());
            }
            T value;
            try {
              value = fromUnits.apply(units);
            } catch (SansheException e) {
              throw Values.invalid(p, e.getMessage(), type, e);
            }
            if (shown != null && !shown.equals(display.apply(value))) {
              throw Values.invalid(
                  p,
                  "display does not agree with " + unit + " in " + type.getSimpleName(),
                  type,
                  null);
            }
            return value;
          }
        };
    module.addDeserializer(type, deserializer);
    return deserializer;
  }
}
