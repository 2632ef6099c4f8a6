package org.sanshe.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/**
 * The Jackson module of {@code sanshe-core}: identifiers as plain JSON strings, read strictly.
 *
 * <p>An invalid identifier fails the read with an {@link InvalidFormatException} whose message
 * starts with our error code (for example {@code [USCC_CHECK_CHARACTER]}) and whose cause is the
 * {@link SansheException}. A {@link ResidentIdNumber} is written unmasked, since JSON is how it is
 * stored and transmitted: do not log such JSON. No default typing, no class names. Found by {@code
 * ObjectMapper.findAndRegisterModules()} through {@code META-INF/services}. Thread-safe.
 */
public final class SansheCoreModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SansheCoreModule() {
    super("SansheCoreModule", Version.unknownVersion());
    string(
        UnifiedSocialCreditCode.class,
        UnifiedSocialCreditCode::value,
        UnifiedSocialCreditCode::parse);
    string(DivisionCode.class, DivisionCode::value, DivisionCode::parse);
    string(ResidentIdNumber.class, ResidentIdNumber::unmaskedValue, ResidentIdNumber::parse);
    string(HashedIdentity.class, HashedIdentity::hex, HashedIdentity::new);
  }

  /**
   * Registers a single-string value type: written as its string, read through a strict parser whose
   * {@link SansheException} becomes an {@link InvalidFormatException} carrying the code. Used by
   * the other Sanshe modules' Jackson modules too.
   *
   * @param <T> the value type
   * @param type the value class
   * @param writer the string form
   * @param parser the strict parser
   */
  public <T> void string(Class<T> type, Function<T, String> writer, Function<String, T> parser) {
    addSerializer(type, serializer(writer));
    addDeserializer(type, deserializer(type, parser));
  }

  /**
   * A serializer writing a value as a JSON string.
   *
   * @param <T> the value type
   * @param writer the string form
   * @return the serializer
   */
  public static <T> JsonSerializer<T> serializer(Function<T, String> writer) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        gen.writeString(writer.apply(value));
      }
    };
  }

  /**
   * A deserializer reading a JSON string through a strict parser.
   *
   * @param <T> the value type
   * @param type the value class
   * @param parser the parser
   * @return the deserializer
   */
  public static <T> JsonDeserializer<T> deserializer(Class<T> type, Function<String, T> parser) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        String text = p.getText();
        try {
          return parser.apply(text);
        } catch (SansheException e) {
          // Never echo the input: it may be a resident ID number.
          InvalidFormatException failure =
              InvalidFormatException.from(p, e.getMessage(), null, type);
          failure.initCause(e);
          throw failure;
        }
      }
    };
  }

  /**
   * Finds the Sanshe error inside a Jackson failure.
   *
   * @param failure a failure thrown by {@code ObjectMapper.readValue}
   * @return the Sanshe exception, or null if the failure has none
   */
  public static SansheException sansheCause(JsonMappingException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SansheException s) {
        return s;
      }
    }
    return null;
  }
}
