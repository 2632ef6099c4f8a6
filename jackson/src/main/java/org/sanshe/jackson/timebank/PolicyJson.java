package org.sanshe.jackson.timebank;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sanshe.core.error.SansheException;
import org.sanshe.jackson.internal.Values;
import org.sanshe.timebank.audit.StarLevelPolicy;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.policy.CreditExpiry;
import org.sanshe.timebank.policy.PricingPolicy;

/**
 * JSON of the time bank's policy objects that are not records, so that a whole {@code
 * TimeBankConfiguration} reads and writes back: {@link PricingPolicy} as {@code
 * {"defaultRate":60,"categoryRates":{"care":90},"itemPrices":{"haircut":{...}}}} (rates in credit
 * minutes per hour served, codes sorted, {@code defaultRate} null when unlisted categories are not
 * priced), {@link CreditExpiry} as {@code {"validity":"P2Y"}} ({@code null} for never) and {@link
 * StarLevelPolicy} as {@code {"thresholds":[...]}}. Reading checks the rules the factories check; a
 * failure names the field and the rule, never a code or value from the input. Stateless and
 * thread-safe.
 */
final class PolicyJson {

  private PolicyJson() {}

  static void register(SimpleModule module) {
    module.addSerializer(PricingPolicy.class, new PricingSerializer());
    module.addDeserializer(PricingPolicy.class, new PricingDeserializer());
    module.addSerializer(CreditExpiry.class, new ExpirySerializer());
    module.addDeserializer(CreditExpiry.class, new ExpiryDeserializer());
    module.addSerializer(StarLevelPolicy.class, new StarsSerializer());
    module.addDeserializer(StarLevelPolicy.class, new StarsDeserializer());
  }

  private static final class PricingSerializer extends JsonSerializer<PricingPolicy> {
    @Override
    public void serialize(PricingPolicy value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("defaultRate");
      if (value.defaultRate().isPresent()) {
        gen.writeNumber(value.defaultRate().getAsInt());
      } else {
        gen.writeNull();
      }
      gen.writeObjectFieldStart("categoryRates");
      for (Map.Entry<String, Integer> e : value.categoryRates().entrySet()) {
        gen.writeNumberField(e.getKey(), e.getValue());
      }
      gen.writeEndObject();
      gen.writeObjectFieldStart("itemPrices");
      for (Map.Entry<String, TimeCredit> e : value.itemPrices().entrySet()) {
        gen.writeFieldName(e.getKey());
        provider.defaultSerializeValue(e.getValue(), gen);
      }
      gen.writeEndObject();
      gen.writeEndObject();
    }
  }

  private static final class PricingDeserializer extends JsonDeserializer<PricingPolicy> {
    @Override
    public PricingPolicy deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (PricingPolicy) ctxt.handleUnexpectedToken(PricingPolicy.class, p);
      }
      Integer defaultRate = null;
      JsonNode categories = null;
      JsonNode items = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (field) {
          case "defaultRate" -> defaultRate = t == JsonToken.VALUE_NULL ? null : rate(p, ctxt);
          case "categoryRates" -> categories = ctxt.readTree(p);
          case "itemPrices" -> items = ctxt.readTree(p);
          default -> ctxt.handleUnknownProperty(p, this, PricingPolicy.class, field);
        }
      }
      try {
        PricingPolicy policy =
            defaultRate == null ? PricingPolicy.none() : PricingPolicy.perHour(defaultRate);
        for (Iterator<Map.Entry<String, JsonNode>> it = entries(p, categories, "categoryRates");
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!e.getValue().canConvertToInt() || !e.getValue().isIntegralNumber()) {
            throw Values.invalid(
                p, "categoryRates holds whole minutes per hour", PricingPolicy.class, null);
          }
          policy = policy.withCategoryRate(e.getKey(), e.getValue().intValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = entries(p, items, "itemPrices");
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          TimeCredit price = ctxt.readTreeAsValue(e.getValue(), TimeCredit.class);
          policy = policy.withItemPrice(e.getKey(), price);
        }
        return policy;
      } catch (SansheException e) {
        throw Values.invalid(p, "rates and prices are positive", PricingPolicy.class, e);
      }
    }

    private static int rate(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
      }
      return p.getIntValue();
    }

    private static Iterator<Map.Entry<String, JsonNode>> entries(
        JsonParser p, JsonNode tree, String field) throws IOException {
      if (tree == null || tree.isNull()) {
        return java.util.Collections.emptyIterator();
      }
      if (!tree.isObject()) {
        throw Values.invalid(p, field + " is an object by code", PricingPolicy.class, null);
      }
      return tree.fields();
    }
  }

  private static final class ExpirySerializer extends JsonSerializer<CreditExpiry> {
    @Override
    public void serialize(CreditExpiry value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("validity");
      if (value.validity().isPresent()) {
        gen.writeString(value.validity().get().toString());
      } else {
        gen.writeNull();
      }
      gen.writeEndObject();
    }
  }

  private static final class ExpiryDeserializer extends JsonDeserializer<CreditExpiry> {
    @Override
    public CreditExpiry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (CreditExpiry) ctxt.handleUnexpectedToken(CreditExpiry.class, p);
      }
      Period validity = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        if (!field.equals("validity")) {
          ctxt.handleUnknownProperty(p, this, CreditExpiry.class, field);
        } else if (t == JsonToken.VALUE_STRING) {
          try {
            validity = Period.parse(p.getText());
          } catch (DateTimeParseException e) {
            throw Values.invalid(p, "not an ISO-8601 period", Period.class, null);
          }
        } else if (t != JsonToken.VALUE_NULL) {
          return (CreditExpiry) ctxt.handleUnexpectedToken(Period.class, p);
        }
      }
      try {
        return validity == null ? CreditExpiry.never() : CreditExpiry.after(validity);
      } catch (SansheException e) {
        throw Values.invalid(p, "credits stay valid for a positive period", CreditExpiry.class, e);
      }
    }
  }

  private static final class StarsSerializer extends JsonSerializer<StarLevelPolicy> {
    @Override
    public void serialize(StarLevelPolicy value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeArrayFieldStart("thresholds");
      for (TimeCredit t : value.thresholds()) {
        provider.defaultSerializeValue(t, gen);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  private static final class StarsDeserializer extends JsonDeserializer<StarLevelPolicy> {
    @Override
    public StarLevelPolicy deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (StarLevelPolicy) ctxt.handleUnexpectedToken(StarLevelPolicy.class, p);
      }
      List<TimeCredit> thresholds = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        if (!field.equals("thresholds")) {
          ctxt.handleUnknownProperty(p, this, StarLevelPolicy.class, field);
          continue;
        }
        if (t != JsonToken.START_ARRAY) {
          return (StarLevelPolicy) ctxt.handleUnexpectedToken(List.class, p);
        }
        thresholds = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          thresholds.add(ctxt.readValue(p, TimeCredit.class));
        }
      }
      if (thresholds == null) {
        throw Values.invalid(p, "a star policy needs its thresholds", StarLevelPolicy.class, null);
      }
      try {
        return StarLevelPolicy.of(thresholds);
      } catch (SansheException e) {
        throw Values.invalid(
            p, "star thresholds are positive and strictly ascending", StarLevelPolicy.class, e);
      }
    }
  }
}
