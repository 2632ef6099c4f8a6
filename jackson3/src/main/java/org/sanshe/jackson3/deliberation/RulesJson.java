package org.sanshe.jackson3.deliberation;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.deliberation.contest.ContestRules;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.Level;
import org.sanshe.jackson3.internal.Fractions;
import org.sanshe.jackson3.internal.Values;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON of the deliberation module's rule objects that are not records: {@link EscalationDeadlines}
 * as {@code {"VOLUNTEER":"P1D",...}} (one ISO-8601 duration per level) and {@link ContestRules} as
 * {@code {"judgeShare":"7/10","maxScore":100}} and {@link ConsultationRules} as {@code
 * {"required":{"ONLINE":["RESIDENTS_COMMITTEE","RESIDENT"]},"publicity":"P7D"}} (forms by code in
 * the rules' order, parties in their declared order, forms requiring none left out). Reading checks
 * the rules as their factories do; a failure names the type and the rule, never the value.
 * Stateless and thread-safe.
 */
final class RulesJson {

  private RulesJson() {}

  static void register(SimpleModule module) {
    module.addSerializer(EscalationDeadlines.class, new DeadlinesSerializer());
    module.addDeserializer(EscalationDeadlines.class, new DeadlinesDeserializer());
    module.addSerializer(ContestRules.class, new ContestRulesSerializer());
    module.addDeserializer(ContestRules.class, new ContestRulesDeserializer());
    module.addSerializer(ConsultationRules.class, new ConsultationRulesSerializer());
    module.addDeserializer(ConsultationRules.class, new ConsultationRulesDeserializer());
  }

  private static final class DeadlinesSerializer extends ValueSerializer<EscalationDeadlines> {
    @Override
    public void serialize(
        EscalationDeadlines value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      for (Level level : Level.values()) {
        gen.writeStringProperty(level.name(), value.of(level).toString());
      }
      gen.writeEndObject();
    }
  }

  private static final class DeadlinesDeserializer extends ValueDeserializer<EscalationDeadlines> {
    @Override
    public EscalationDeadlines deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (EscalationDeadlines) ctxt.handleUnexpectedToken(EscalationDeadlines.class, p);
      }
      Map<Level, Duration> deadlines = new EnumMap<>(Level.class);
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        Level level = level(field);
        if (level == null) {
          ctxt.handleUnknownProperty(p, this, EscalationDeadlines.class, field);
          continue;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          return (EscalationDeadlines) ctxt.handleUnexpectedToken(Duration.class, p);
        }
        try {
          deadlines.put(level, Duration.parse(p.getString()));
        } catch (DateTimeParseException e) {
          throw Values.invalid(p, "not an ISO-8601 duration", Duration.class, null);
        }
      }
      try {
        return EscalationDeadlines.of(deadlines);
      } catch (SansheException e) {
        throw Values.invalid(
            p,
            "escalation deadlines need one positive duration of at most 366 days per level",
            EscalationDeadlines.class,
            e);
      }
    }

    private static Level level(String name) {
      for (Level level : Level.values()) {
        if (level.name().equals(name)) {
          return level;
        }
      }
      return null;
    }
  }

  private static final class ContestRulesSerializer extends ValueSerializer<ContestRules> {
    @Override
    public void serialize(ContestRules value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeStringProperty("judgeShare", value.judgeShare().toString());
      gen.writeNumberProperty("maxScore", value.maxScore());
      gen.writeEndObject();
    }
  }

  private static final class ContestRulesDeserializer extends ValueDeserializer<ContestRules> {
    @Override
    public ContestRules deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (ContestRules) ctxt.handleUnexpectedToken(ContestRules.class, p);
      }
      Fraction judgeShare = null;
      Integer maxScore = null;
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        switch (field) {
          case "judgeShare" -> judgeShare = fraction(p, ctxt);
          case "maxScore" -> {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
              return (ContestRules) ctxt.handleUnexpectedToken(int.class, p);
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
              throw Values.invalid(
                  p, "maxScore is a whole number of at most 9 digits", int.class, null);
            }
            maxScore = p.getIntValue();
          }
          default -> ctxt.handleUnknownProperty(p, this, ContestRules.class, field);
        }
      }
      if (judgeShare == null || maxScore == null) {
        throw Values.invalid(
            p, "contest rules need judgeShare and maxScore", ContestRules.class, null);
      }
      try {
        return ContestRules.of(judgeShare, maxScore);
      } catch (SansheException e) {
        throw Values.invalid(
            p,
            "contest rules need a judges' share from 0 to 1 and a positive top score",
            ContestRules.class,
            e);
      }
    }

    private static Fraction fraction(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Fraction) ctxt.handleUnexpectedToken(Fraction.class, p);
      }
      try {
        return Fractions.parse(p.getString());
      } catch (SansheException e) {
        throw Values.invalid(p, "not a fraction", Fraction.class, null);
      }
    }
  }

  private static final class ConsultationRulesSerializer
      extends ValueSerializer<ConsultationRules> {
    @Override
    public void serialize(
        ConsultationRules value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeName("required");
      gen.writeStartObject();
      for (Map.Entry<ConsultationForm, Set<Party>> e : value.requirements().entrySet()) {
        gen.writeName(e.getKey().code());
        gen.writeStartArray();
        for (Party party : EnumSet.copyOf(e.getValue())) {
          gen.writeString(party.name());
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();
      gen.writeStringProperty("publicity", value.publicity().toString());
      gen.writeEndObject();
    }
  }

  private static final class ConsultationRulesDeserializer
      extends ValueDeserializer<ConsultationRules> {
    @Override
    public ConsultationRules deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (ConsultationRules) ctxt.handleUnexpectedToken(ConsultationRules.class, p);
      }
      Map<ConsultationForm, Set<Party>> required = Map.of();
      Duration publicity = null;
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        if (field.equals("required")) {
          // read whole and checked afterwards, so that a failure's path is "required" and never
          // a form code or party name from the input
          JsonNode tree = ctxt.readTree(p);
          required = requirements(p, tree);
        } else if (field.equals("publicity")) {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (ConsultationRules) ctxt.handleUnexpectedToken(Duration.class, p);
          }
          try {
            publicity = Duration.parse(p.getString());
          } catch (DateTimeParseException e) {
            throw Values.invalid(p, "not an ISO-8601 duration", Duration.class, null);
          }
        } else {
          ctxt.handleUnknownProperty(p, this, ConsultationRules.class, field);
        }
      }
      if (publicity == null) {
        throw Values.invalid(
            p, "consultation rules need their publicity period", ConsultationRules.class, null);
      }
      try {
        return ConsultationRules.forForms(required, publicity);
      } catch (SansheException e) {
        throw Values.invalid(
            p, "the publicity period is positive and at most 366 days", ConsultationRules.class, e);
      }
    }

    private static Map<ConsultationForm, Set<Party>> requirements(JsonParser p, JsonNode tree) {
      if (!tree.isObject()) {
        throw Values.invalid(p, "the required parties are an object of forms", Map.class, null);
      }
      Map<ConsultationForm, Set<Party>> required = new LinkedHashMap<>();
      for (var it = tree.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        ConsultationForm form = form(p, e.getKey());
        if (!e.getValue().isArray()) {
          throw Values.invalid(p, "a form's required parties are an array", Set.class, null);
        }
        Set<Party> parties = EnumSet.noneOf(Party.class);
        for (JsonNode party : e.getValue()) {
          parties.add(party(p, party.isString() ? party.stringValue() : ""));
        }
        required.put(form, parties);
      }
      return required;
    }

    private static Party party(JsonParser p, String name) {
      for (Party party : Party.values()) {
        if (party.name().equals(name)) {
          return party;
        }
      }
      throw Values.invalid(p, "not a consultation party", Party.class, null);
    }

    private static ConsultationForm form(JsonParser p, String code) {
      try {
        return ConsultationForm.of(code);
      } catch (SansheException e) {
        throw Values.invalid(p, "not a consultation form code", ConsultationForm.class, e);
      }
    }
  }
}
