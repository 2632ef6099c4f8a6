package org.sanshe.jackson3.internal;

import java.util.function.Function;
import org.sanshe.core.error.SansheException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Serializers and deserializers of single-string value types, shared by the Sanshe modules. Not
 * exported. Stateless and thread-safe.
 */
public final class Values {

  private Values() {}

  /**
   * Registers a single-string value type: written as its string, read through a strict parser whose
   * {@link SansheException} becomes an {@link InvalidFormatException} carrying the code.
   *
   * @param <T> the value type
   * @param module the module to register with
   * @param type the value class
   * @param writer the string form
   * @param parser the strict parser
   */
  public static <T> void string(
      SimpleModule module, Class<T> type, Function<T, String> writer, Function<String, T> parser) {
    module.addSerializer(type, serializer(writer));
    module.addDeserializer(type, deserializer(type, parser));
  }

  /**
   * A serializer writing a value as a JSON string.
   *
   * @param <T> the value type
   * @param writer the string form
   * @return the serializer
   */
  public static <T> ValueSerializer<T> serializer(Function<T, String> writer) {
    return new ValueSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext serializers) {
        gen.writeString(writer.apply(value));
      }
    };
  }

  /**
   * A deserializer reading a JSON string through a strict parser. A failure never carries the text
   * read: it may be personal data.
   *
   * @param <T> the value type
   * @param type the value class
   * @param parser the parser; a {@link SansheException} or {@link RuntimeException} it throws means
   *     the text is not a value
   * @return the deserializer
   */
  public static <T> ValueDeserializer<T> deserializer(Class<T> type, Function<String, T> parser) {
    return new ValueDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        String text = p.getString();
        try {
          return parser.apply(text);
        } catch (SansheException e) {
          throw invalid(p, e.getMessage(), type, e);
        } catch (RuntimeException e) {
          throw invalid(p, "not a valid " + type.getSimpleName(), type, null);
        }
      }
    };
  }

  /**
   * A failure to read a value, without the value.
   *
   * @param p the parser
   * @param message the message, free of input
   * @param type the target type
   * @param cause the Sanshe cause, or null
   * @return the exception
   */
  public static InvalidFormatException invalid(
      JsonParser p, String message, Class<?> type, SansheException cause) {
    InvalidFormatException failure = InvalidFormatException.from(p, message, null, type);
    if (cause != null) {
      failure.initCause(cause);
    }
    return failure;
  }

  /**
   * Finds the Sanshe error inside a failure's causes.
   *
   * @param failure any failure
   * @return the Sanshe exception, or null if there is none
   */
  public static SansheException sansheCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SansheException s) {
        return s;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * Registers a value type as a map key: written as its string, read through a strict parser. A
   * failure names the key's type, never the key: it may be personal data.
   *
   * @param <T> the key type
   * @param module the module to register with
   * @param type the key class
   * @param writer the string form
   * @param parser the strict parser; any {@link RuntimeException} means the text is not a key
   */
  public static <T> void key(
      SimpleModule module, Class<T> type, Function<T, String> writer, Function<String, T> parser) {
    module.addKeySerializer(
        type,
        new ValueSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
            gen.writeName(writer.apply(value));
          }
        });
    module.addKeyDeserializer(
        type,
        new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt) {
            try {
              return parser.apply(key);
            } catch (RuntimeException e) {
              return ctxt.handleWeirdKey(type, "", "not a valid " + type.getSimpleName());
            }
          }
        });
  }

  /**
   * Registers an aggregate written as its snapshot and read back through its {@code restore}: a
   * snapshot that breaks a rule fails with the rule's code.
   *
   * @param <T> the aggregate type
   * @param <S> its snapshot type
   * @param module the module to register with
   * @param type the aggregate class
   * @param snapshotType the snapshot class
   * @param snapshot takes the snapshot
   * @param restore restores the aggregate, throwing a {@link SansheException} on a broken snapshot
   */
  public static <T, S> void snapshot(
      SimpleModule module,
      Class<T> type,
      Class<S> snapshotType,
      Function<T, S> snapshot,
      Function<S, T> restore) {
    module.addSerializer(
        type,
        new ValueSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
            provider.writeValue(gen, snapshot.apply(value));
          }
        });
    module.addDeserializer(
        type,
        new ValueDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) {
            S s = ctxt.readValue(p, snapshotType);
            try {
              return restore.apply(s);
            } catch (SansheException e) {
              throw invalid(p, e.getMessage(), type, e);
            }
          }
        });
  }
}
