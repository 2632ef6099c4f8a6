package org.sanshe.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives the {@code java.time} and optional ({@code Optional}, {@code OptionalDouble}, {@code
 * OptionalInt}, {@code OptionalLong}: the value or {@code null}, as Jackson 3 writes them)
 * properties of Sanshe's own types their JSON form (ISO-8601 strings, instants in UTC) as if each
 * carried {@code @JsonSerialize}/{@code @JsonDeserialize}: the handlers apply only to members
 * declared by classes of the domain packages ({@code org.sanshe.core}, {@code org.sanshe.timebank},
 * {@code org.sanshe.deliberation}), so an integrator's {@code java.time} handling ({@code
 * JavaTimeModule}, {@code @JsonFormat}, {@code WRITE_DATES_AS_TIMESTAMPS}) is never touched,
 * whatever the order of registration. Stateless and thread-safe.
 */
public final class OwnTypesIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private static final String[] DOMAIN_PACKAGES = {
    "org.sanshe.core.", "org.sanshe.timebank.", "org.sanshe.deliberation."
  };

  private record Handlers(JsonSerializer<?> serializer, JsonDeserializer<?> deserializer) {}

  private static final Map<Class<?>, Handlers> HANDLERS =
      Map.of(
          Instant.class, handlers(Instant.class, Instants::parse),
          LocalDate.class, handlers(LocalDate.class, LocalDate::parse),
          YearMonth.class, handlers(YearMonth.class, YearMonth::parse),
          Year.class, handlers(Year.class, Year::parse),
          Duration.class, handlers(Duration.class, Duration::parse),
          Period.class, handlers(Period.class, Period::parse),
          ZoneId.class, handlers(ZoneId.class, ZoneId::of),
          LocalTime.class, handlers(LocalTime.class, LocalTime::parse));

  private static <T> Handlers handlers(Class<T> type, Function<String, T> parser) {
    return new Handlers(Values.serializer(Object::toString), new TimeDeserializer<>(type, parser));
  }

  /** Reads an ISO-8601 string strictly; the failure names the type, never the text. */
  private static final class TimeDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parser;

    TimeDeserializer(Class<T> type, Function<String, T> parser) {
      this.type = type;
      this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      try {
        return parser.apply(p.getText());
      } catch (RuntimeException e) {
        throw Values.invalid(p, "not an ISO-8601 " + type.getSimpleName(), type, null);
      }
    }
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  private static boolean ours(Annotated a) {
    if (!(a instanceof AnnotatedMember member)) {
      return false;
    }
    String owner = member.getDeclaringClass().getName();
    for (String prefix : DOMAIN_PACKAGES) {
      if (owner.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static Handlers direct(Annotated a) {
    return ours(a) ? HANDLERS.get(a.getRawType()) : null;
  }

  private static Handlers content(Annotated a) {
    if (!ours(a)) {
      return null;
    }
    JavaType type = a.getType();
    JavaType content =
        type.isContainerType() || type.isReferenceType() ? type.getContentType() : null;
    return content == null ? null : HANDLERS.get(content.getRawClass());
  }

  @Override
  public Object findSerializer(Annotated a) {
    Handlers h = direct(a);
    if (h != null) {
      return h.serializer();
    }
    return ours(a) && OPTIONALS.contains(a.getRawType()) ? OptionalSerializer.INSTANCE : null;
  }

  @Override
  public Object findContentSerializer(Annotated a) {
    Handlers h = content(a);
    return h == null ? null : h.serializer();
  }

  @Override
  public Object findDeserializer(Annotated a) {
    Handlers h = direct(a);
    if (h != null) {
      return h.deserializer();
    }
    if (!ours(a) || !OPTIONALS.contains(a.getRawType())) {
      return null;
    }
    JavaType type = a.getType();
    JavaType content = type.getRawClass() == Optional.class ? type.containedTypeOrUnknown(0) : null;
    return new OptionalDeserializer(type.getRawClass(), content);
  }

  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalDouble.class, OptionalInt.class, OptionalLong.class);

  private static Object contentOf(Object optional) {
    if (optional instanceof Optional<?> o) {
      return o.orElse(null);
    }
    if (optional instanceof OptionalDouble d) {
      return d.isPresent() ? d.getAsDouble() : null;
    }
    if (optional instanceof OptionalInt i) {
      return i.isPresent() ? i.getAsInt() : null;
    }
    OptionalLong l = (OptionalLong) optional;
    return l.isPresent() ? l.getAsLong() : null;
  }

  /**
   * Writes an optional member of Sanshe's own types as its value, or {@code null} when empty, the
   * way Jackson 3 writes optionals: Sanshe's JSON needs no {@code jackson-datatype-jdk8}, and an
   * integrator's optionals are left alone.
   */
  private static final class OptionalSerializer extends JsonSerializer<Object> {
    static final OptionalSerializer INSTANCE = new OptionalSerializer();

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      Object content = contentOf(value);
      Handlers time = content == null ? null : HANDLERS.get(content.getClass());
      if (content == null) {
        gen.writeNull();
      } else if (time != null) {
        gen.writeString(content.toString());
      } else {
        provider.defaultSerializeValue(content, gen);
      }
    }
  }

  /** Reads an optional member: {@code null} or an absent field is empty. */
  private static final class OptionalDeserializer extends JsonDeserializer<Object> {
    private final Class<?> optional;
    private final JavaType content;

    OptionalDeserializer(Class<?> optional, JavaType content) {
      this.optional = optional;
      this.content = content;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (optional == OptionalDouble.class) {
        return OptionalDouble.of(ctxt.readValue(p, Double.TYPE));
      }
      if (optional == OptionalInt.class) {
        return OptionalInt.of(ctxt.readValue(p, Integer.TYPE));
      }
      if (optional == OptionalLong.class) {
        return OptionalLong.of(ctxt.readValue(p, Long.TYPE));
      }
      Handlers time = HANDLERS.get(content.getRawClass());
      Object value =
          time != null ? time.deserializer().deserialize(p, ctxt) : ctxt.readValue(p, content);
      return Optional.ofNullable(value);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      if (optional == OptionalDouble.class) {
        return OptionalDouble.empty();
      }
      if (optional == OptionalInt.class) {
        return OptionalInt.empty();
      }
      if (optional == OptionalLong.class) {
        return OptionalLong.empty();
      }
      return Optional.empty();
    }
  }

  @Override
  public Object findContentDeserializer(Annotated a) {
    Handlers h = content(a);
    return h == null ? null : h.deserializer();
  }
}
