package org.sanshe.jackson3.deliberation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.SansheException;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.contest.EntryId;
import org.sanshe.deliberation.contest.JudgeId;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.vote.FloorArea;
import org.sanshe.deliberation.vote.VoteId;
import org.sanshe.deliberation.vote.VoterId;
import org.sanshe.jackson3.core.PersonalData;
import org.sanshe.jackson3.core.SansheCoreModule;
import org.sanshe.jackson3.internal.Values;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of {@code sanshe-deliberation}: ids as plain strings, {@link FloorArea} as
 * an exact decimal number of square metres ({@code 89.57}), {@link Reporter} as {@code
 * {"anonymous":false,"name":"王**","phone":"138****5678"}}, masked unless built with {@link
 * PersonalData#FULL}; masked output (any {@code *}) is refused on reading. Depends on {@link
 * SansheCoreModule}. No default typing, no class names. Immutable and thread-safe.
 */
public final class SansheDeliberationModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private static final BigDecimal CM2_PER_M2 = BigDecimal.valueOf(10_000);

  private final PersonalData personalData;

  /** Creates the module with masked personal data, as {@code ServiceLoader} does. */
  public SansheDeliberationModule() {
    this(PersonalData.MASKED);
  }

  /**
   * Creates the module.
   *
   * @param personalData how reporters' names and phone numbers are written, not null
   */
  public SansheDeliberationModule(PersonalData personalData) {
    super(SansheDeliberationModule.class.getName(), Version.unknownVersion());
    this.personalData = Objects.requireNonNull(personalData, "personalData");
    Values.string(this, MatterId.class, MatterId::value, MatterId::of);
    Values.string(this, CaseId.class, CaseId::value, CaseId::of);
    Values.string(this, ConsultationId.class, ConsultationId::value, ConsultationId::of);
    Values.string(this, VoteId.class, VoteId::value, VoteId::of);
    Values.string(this, VoterId.class, VoterId::value, VoterId::of);
    Values.string(this, CandidateId.class, CandidateId::value, CandidateId::of);
    Values.string(this, EntryId.class, EntryId::value, EntryId::of);
    Values.string(this, JudgeId.class, JudgeId::value, JudgeId::of);
    addSerializer(FloorArea.class, new AreaSerializer());
    addDeserializer(FloorArea.class, new AreaDeserializer());
    addSerializer(Reporter.class, new ReporterSerializer(personalData));
    addDeserializer(Reporter.class, new ReporterDeserializer());
  }

  /**
   * Returns how this module writes personal data.
   *
   * @return masked or full
   */
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public Iterable<? extends JacksonModule> getDependencies() {
    return List.of(new SansheCoreModule(personalData));
  }

  private static final class AreaSerializer extends ValueSerializer<FloorArea> {
    @Override
    public void serialize(FloorArea value, JsonGenerator gen, SerializationContext provider) {
      BigDecimal m2 = BigDecimal.valueOf(value.squareCentimetres(), 4).stripTrailingZeros();
      gen.writeNumber(m2.scale() < 0 ? m2.setScale(0) : m2);
    }
  }

  private static final class AreaDeserializer extends ValueDeserializer<FloorArea> {
    @Override
    public FloorArea deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        return (FloorArea) ctxt.handleUnexpectedToken(FloorArea.class, p);
      }
      try {
        return FloorArea.ofSquareCentimetres(
            p.getDecimalValue().multiply(CM2_PER_M2).longValueExact());
      } catch (ArithmeticException | SansheException e) {
        throw Values.invalid(
            p,
            "a floor area is square metres with at most four decimals, not negative",
            FloorArea.class,
            e instanceof SansheException s ? s : null);
      }
    }
  }

  private static final class ReporterSerializer extends ValueSerializer<Reporter> {
    private final PersonalData personalData;

    ReporterSerializer(PersonalData personalData) {
      this.personalData = personalData;
    }

    @Override
    public void serialize(Reporter value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeBooleanProperty("anonymous", value.isAnonymous());
      if (!value.isAnonymous()) {
        boolean full = personalData == PersonalData.FULL;
        gen.writeStringProperty("name", full ? value.name().orElseThrow() : value.maskedName());
        String phone = (full ? value.phone() : value.maskedPhone()).orElse(null);
        if (phone != null) {
          gen.writeStringProperty("phone", phone);
        }
      }
      gen.writeEndObject();
    }
  }

  private static final class ReporterDeserializer extends ValueDeserializer<Reporter> {
    @Override
    public Reporter deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Reporter) ctxt.handleUnexpectedToken(Reporter.class, p);
      }
      boolean anonymous = false;
      String name = null;
      String phone = null;
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        switch (field) {
          case "anonymous" -> anonymous = Boolean.TRUE.equals(ctxt.readValue(p, Boolean.class));
          case "name" -> name = ctxt.readValue(p, String.class);
          case "phone" -> phone = ctxt.readValue(p, String.class);
          default -> ctxt.handleUnknownProperty(p, this, Reporter.class, field);
        }
      }
      if (anonymous) {
        return Reporter.anonymous();
      }
      if (name == null || name.indexOf('*') >= 0 || (phone != null && phone.indexOf('*') >= 0)) {
        throw Values.invalid(
            p, "a reporter needs a name and no masked value", Reporter.class, null);
      }
      try {
        return Reporter.of(name, phone);
      } catch (SansheException e) {
        throw Values.invalid(p, e.getMessage(), Reporter.class, e);
      }
    }
  }
}
