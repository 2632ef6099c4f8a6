package org.sanshe.jackson3.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Gives the {@code java.time} properties of Sanshe's own types their JSON form (ISO-8601 strings,
 * instants in UTC) as if each carried {@code @JsonSerialize}/{@code @JsonDeserialize}: the handlers
 * apply only to members declared by classes of the domain packages ({@code org.sanshe.core}, {@code
 * org.sanshe.timebank}, {@code org.sanshe.deliberation}), so an integrator's {@code java.time}
 * handling ({@code JavaTimeModule}, {@code @JsonFormat}, {@code WRITE_DATES_AS_TIMESTAMPS}) is
 * never touched, whatever the order of registration. Stateless and thread-safe.
 */
public final class OwnTypesIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private static final String[] DOMAIN_PACKAGES = {
    "org.sanshe.core.", "org.sanshe.timebank.", "org.sanshe.deliberation."
  };

  private record Handlers(ValueSerializer<?> serializer, ValueDeserializer<?> deserializer) {}

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
  private static final class TimeDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parser;

    TimeDeserializer(Class<T> type, Function<String, T> parser) {
      this.type = type;
      this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      try {
        return parser.apply(p.getString());
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
  public Object findSerializer(MapperConfig<?> config, Annotated a) {
    Handlers h = direct(a);
    return h == null ? null : h.serializer();
  }

  @Override
  public Object findContentSerializer(MapperConfig<?> config, Annotated a) {
    Handlers h = content(a);
    return h == null ? null : h.serializer();
  }

  @Override
  public Object findDeserializer(MapperConfig<?> config, Annotated a) {
    Handlers h = direct(a);
    return h == null ? null : h.deserializer();
  }

  @Override
  public Object findContentDeserializer(MapperConfig<?> config, Annotated a) {
    Handlers h = content(a);
    return h == null ? null : h.deserializer();
  }
}
