package org.sanshe.jackson3.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.function.Function;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.fee.Backstop;
import org.sanshe.core.fee.FeeTier;
import org.sanshe.core.fee.Price;
import org.sanshe.core.fee.PriceSchedule;
import org.sanshe.core.fund.FundAccountId;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.fund.MemberId;
import org.sanshe.core.fund.SponsorshipId;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.programme.Application;
import org.sanshe.core.registry.programme.ApplicationId;
import org.sanshe.core.registry.programme.ApplicationSnapshot;
import org.sanshe.core.registry.programme.CallId;
import org.sanshe.core.registry.programme.GuidanceList;
import org.sanshe.core.registry.programme.GuidanceListSnapshot;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeSnapshot;
import org.sanshe.core.registry.review.ExpertRoster;
import org.sanshe.core.registry.review.ExpertRosterSnapshot;
import org.sanshe.jackson3.internal.Values;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON of issue 18's public money (programmes, calls, applications, guidance lists, expert
 * rosters, budgets, funds and fee tiers), registered by {@link SansheCoreModule}.
 *
 * <ul>
 *   <li>Fund, account, member, sponsorship, programme, call and application ids are plain strings.
 *   <li>Programmes, applications, guidance lists and expert rosters are written as their snapshots
 *       and read back through {@code restore}, so JSON that breaks a rule fails with the rule's
 *       code.
 *   <li>A {@link FeeTier} carries {@code "free"} (derived from its code, ignored when read).
 *   <li>A {@link PriceSchedule} is {@code {"service","unitCost","backstop","prices":[...]}}, read
 *       back through its builder (a needy household charged fails with {@code FEE_NEEDY_CHARGED}).
 *   <li>Everything else (statements, movements, balances, budget reports and figures, monthly fee
 *       reports) is a record written field by field; money is the {@link Money} shape.
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
final class PublicMoneyJson {

  private PublicMoneyJson() {}

  static void register(SimpleModule module) {
    Values.string(module, FundId.class, FundId::value, FundId::of);
    Values.string(module, FundAccountId.class, FundAccountId::value, FundAccountId::of);
    Values.string(module, MemberId.class, MemberId::value, MemberId::of);
    Values.string(module, SponsorshipId.class, SponsorshipId::value, SponsorshipId::of);
    Values.string(module, ProgrammeId.class, ProgrammeId::value, ProgrammeId::of);
    Values.string(module, CallId.class, CallId::value, CallId::of);
    Values.string(module, ApplicationId.class, ApplicationId::value, ApplicationId::of);
    snapshotType(
        module, Programme.class, ProgrammeSnapshot.class, Programme::snapshot, Programme::restore);
    snapshotType(
        module,
        Application.class,
        ApplicationSnapshot.class,
        Application::snapshot,
        Application::restore);
    snapshotType(
        module,
        GuidanceList.class,
        GuidanceListSnapshot.class,
        GuidanceList::snapshot,
        GuidanceList::restore);
    snapshotType(
        module,
        ExpertRoster.class,
        ExpertRosterSnapshot.class,
        ExpertRoster::snapshot,
        ExpertRoster::restore);
    module.setMixInAnnotation(FeeTier.class, FeeTierMixIn.class);
    module.addSerializer(PriceSchedule.class, new ScheduleSerializer());
    module.addDeserializer(PriceSchedule.class, new ScheduleDeserializer());
  }

  /** A tier: whether it is the free tier follows from its code; written, not read. */
  @JsonIgnoreProperties(value = "free", allowGetters = true)
  private interface FeeTierMixIn {}

  private static <T, S> void snapshotType(
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
              throw Values.invalid(p, e.getMessage(), type, e);
            }
          }
        });
  }

  private static final class ScheduleSerializer extends ValueSerializer<PriceSchedule> {
    @Override
    public void serialize(PriceSchedule value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeStringProperty("service", value.service());
      gen.writeName("unitCost");
      provider.writeValue(gen, value.unitCost());
      gen.writeName("backstop");
      provider.writeValue(gen, value.backstop());
      gen.writeName("prices");
      gen.writeStartArray();
      for (Price price : value.prices()) {
        provider.writeValue(gen, price);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  private static final class ScheduleDeserializer extends ValueDeserializer<PriceSchedule> {
    @Override
    public PriceSchedule deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (PriceSchedule) ctxt.handleUnexpectedToken(PriceSchedule.class, p);
      }
      String service = null;
      Money unitCost = null;
      Backstop backstop = null;
      Price[] prices = null;
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        switch (field) {
          case "service" -> service = ctxt.readValue(p, String.class);
          case "unitCost" -> unitCost = ctxt.readValue(p, Money.class);
          case "backstop" -> backstop = ctxt.readValue(p, Backstop.class);
          case "prices" -> prices = ctxt.readValue(p, Price[].class);
          default -> ctxt.handleUnknownProperty(p, this, PriceSchedule.class, field);
        }
      }
      if (service == null || unitCost == null || backstop == null || prices == null) {
        throw Values.invalid(
            p,
            "a price schedule needs a service, a unit cost, a backstop and prices",
            PriceSchedule.class,
            null);
      }
      try {
        PriceSchedule.Builder b = PriceSchedule.builder(service, unitCost, backstop);
        for (Price price : prices) {
          if (price == null) {
            throw Values.invalid(p, "a price is not null", PriceSchedule.class, null);
          }
          b.price(price.category(), price.tier(), price.residentPays());
        }
        return b.build();
      } catch (SansheException e) {
        throw Values.invalid(p, e.getMessage(), PriceSchedule.class, e);
      }
    }
  }
}
