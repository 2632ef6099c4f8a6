package org.sanshe.jackson.timebank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import org.sanshe.core.error.SansheException;
import org.sanshe.jackson.core.SansheCoreModule;
import org.sanshe.jackson.internal.Amounts;
import org.sanshe.jackson.internal.Instants;
import org.sanshe.jackson.internal.OwnTypeIds;
import org.sanshe.jackson.internal.Values;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.audit.ReconciliationReport;
import org.sanshe.timebank.audit.StatementLine;
import org.sanshe.timebank.audit.Verification;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.LedgerEvent;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferPhase;
import org.sanshe.timebank.policy.Verdict;
import org.sanshe.timebank.service.ServiceEvent;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.store.ChainHash;

/**
 * The Jackson 2 module of {@code sanshe-time-bank}: ids as plain strings, {@link TimeCredit} as
 * {@code {"minutes":150,"display":"2h30m"}}, chain hashes as hex, account limits as an object with
 * optional {@code minimum} and {@code storageCap} amounts, records such as {@code Account} through
 * Jackson's record support with ISO-8601 instants. {@link Transfer}'s internal idempotency key
 * ({@code clientKey}) is left out and reads back as 0. The chain {@link Verification} carries a
 * {@code type} ({@code INTACT} or {@code BROKEN}) and its verdict {@code intact}. A statement line
 * has an ISO-8601 {@code recordedAt} and amounts {@code change} and {@code balanceAfter}. Read
 * strictly: a bad value fails with an {@code InvalidFormatException} whose cause carries our code.
 * Depends on {@link SansheCoreModule} (registered with it). No default typing, no class names.
 * Immutable and thread-safe.
 */
public final class SansheTimeBankModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SansheTimeBankModule() {
    super(SansheTimeBankModule.class.getName(), Version.unknownVersion());
    Values.string(this, AccountId.class, AccountId::value, AccountId::of);
    Values.string(this, PartyId.class, PartyId::value, PartyId::of);
    Values.string(this, TransferId.class, TransferId::value, TransferId::of);
    Values.string(this, ServiceRecordId.class, ServiceRecordId::value, ServiceRecordId::of);
    JsonDeserializer<TimeCredit> credits =
        Amounts.register(
            this,
            TimeCredit.class,
            "minutes",
            TimeCredit::toMinutes,
            TimeCredit::ofMinutes,
            TimeCredit::toString);
    Values.string(this, ChainHash.class, ChainHash::toString, ChainHash::parse);
    addSerializer(AccountLimits.class, new LimitsSerializer());
    addDeserializer(AccountLimits.class, new LimitsDeserializer());
    setMixInAnnotation(Transfer.class, TransferMixIn.class);
    setMixInAnnotation(Verification.class, VerificationMixIn.class);
    setMixInAnnotation(LedgerEvent.class, LedgerEventMixIn.class);
    setMixInAnnotation(ServiceEvent.class, ServiceEventMixIn.class);
    setMixInAnnotation(Verdict.class, VerdictMixIn.class);
    setMixInAnnotation(ServiceRecord.class, ServiceRecordMixIn.class);
    setMixInAnnotation(ReconciliationReport.class, ReconciliationMixIn.class);
    addSerializer(StatementLine.class, new LineSerializer());
    addDeserializer(StatementLine.class, new LineDeserializer(credits));
    // issue 13: activities, volunteer teams, rotas, care pairings
    VolunteeringJson.register(this);
    // issue 13: the policies of a TimeBankConfiguration
    PolicyJson.register(this);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializationProblemHandler(new OwnTypeIds());
  }

  /**
   * A statement line in the common convention: {@code recordedAt} an ISO-8601 instant (millisecond
   * precision), {@code change} and {@code balanceAfter} amounts of time. Streamed by hand: a
   * statement has thousands of lines.
   */
  private static final class LineSerializer extends JsonSerializer<StatementLine> {
    @Override
    public void serialize(StatementLine line, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeNumberField("sequence", line.sequence());
      gen.writeStringField("recordedAt", Instant.ofEpochMilli(line.recordedAtMillis()).toString());
      gen.writeStringField("kind", line.kind().name());
      gen.writeStringField("phase", line.phase().name());
      gen.writeStringField("counterparty", line.counterparty().value());
      amount(gen, "change", line.changeMinutes());
      amount(gen, "balanceAfter", line.balanceAfterMinutes());
      gen.writeEndObject();
    }

    private static void amount(JsonGenerator gen, String name, long minutes) throws IOException {
      gen.writeObjectFieldStart(name);
      gen.writeNumberField("minutes", minutes);
      gen.writeStringField("display", TimeCredit.ofMinutes(minutes).toString());
      gen.writeEndObject();
    }
  }

  private static final class LineDeserializer extends JsonDeserializer<StatementLine> {
    private final JsonDeserializer<TimeCredit> credits;

    LineDeserializer(JsonDeserializer<TimeCredit> credits) {
      this.credits = credits;
    }

    @Override
    public StatementLine deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (StatementLine) ctxt.handleUnexpectedToken(StatementLine.class, p);
      }
      long sequence = 0;
      Long recordedAt = null;
      TransferKind kind = null;
      TransferPhase phase = null;
      AccountId counterparty = null;
      TimeCredit change = null;
      TimeCredit balanceAfter = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (field) {
          case "sequence" ->
              sequence =
                  t == JsonToken.VALUE_NUMBER_INT
                      ? p.getLongValue()
                      : ctxt.readValue(p, Long.class);
          case "recordedAt" -> recordedAt = millis(p, ctxt);
          case "kind" -> kind = constant(p, ctxt, TransferKind.class);
          case "phase" -> phase = constant(p, ctxt, TransferPhase.class);
          case "counterparty" -> counterparty = account(p, ctxt);
          case "change" -> change = credits.deserialize(p, ctxt);
          case "balanceAfter" -> balanceAfter = credits.deserialize(p, ctxt);
          default -> ctxt.handleUnknownProperty(p, this, StatementLine.class, field);
        }
      }
      if (recordedAt == null
          || kind == null
          || phase == null
          || counterparty == null
          || change == null
          || balanceAfter == null) {
        throw Values.invalid(
            p,
            "a statement line needs recordedAt, kind, phase, counterparty, change and balanceAfter",
            StatementLine.class,
            null);
      }
      return new StatementLine(
          sequence,
          recordedAt,
          kind,
          phase,
          counterparty,
          change.toMinutes(),
          balanceAfter.toMinutes());
    }

    private static AccountId account(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (AccountId) ctxt.handleUnexpectedToken(AccountId.class, p);
      }
      try {
        return AccountId.of(p.getText());
      } catch (SansheException e) {
        throw Values.invalid(p, e.getMessage(), AccountId.class, e);
      }
    }

    private static <E extends Enum<E>> E constant(
        JsonParser p, DeserializationContext ctxt, Class<E> type) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        try {
          return Enum.valueOf(type, p.getText());
        } catch (IllegalArgumentException e) {
          throw Values.invalid(p, "not one of the allowed values", type, null);
        }
      }
      return ctxt.readValue(p, type);
    }

    private static long millis(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Long) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      Instant instant;
      try {
        instant = Instants.parse(p.getText());
      } catch (DateTimeException e) {
        throw Values.invalid(p, "not an ISO-8601 instant", Instant.class, null);
      }
      if (instant.getNano() % 1_000_000 != 0) {
        throw Values.invalid(p, "finer than a millisecond", Instant.class, null);
      }
      try {
        return instant.toEpochMilli();
      } catch (ArithmeticException e) {
        throw Values.invalid(p, "out of range", Instant.class, null);
      }
    }
  }

  /** The chain verification: {@code "type":"INTACT"} or {@code "BROKEN"}, and its verdict. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Verification.Intact.class, name = "INTACT"),
    @JsonSubTypes.Type(value = Verification.Broken.class, name = "BROKEN")
  })
  @JsonIgnoreProperties(value = "intact", allowGetters = true)
  private interface VerificationMixIn {
    @JsonProperty("intact")
    boolean intact();
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new SansheCoreModule());
  }

  /** A ledger event: {@code "type"} names what happened. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = LedgerEvent.HoursTransferred.class, name = "HOURS_TRANSFERRED"),
    @JsonSubTypes.Type(value = LedgerEvent.HoursReserved.class, name = "HOURS_RESERVED"),
    @JsonSubTypes.Type(value = LedgerEvent.ReservationPosted.class, name = "RESERVATION_POSTED"),
    @JsonSubTypes.Type(value = LedgerEvent.ReservationVoided.class, name = "RESERVATION_VOIDED"),
    @JsonSubTypes.Type(value = LedgerEvent.ReservationExpired.class, name = "RESERVATION_EXPIRED"),
    @JsonSubTypes.Type(value = LedgerEvent.ExcessDiverted.class, name = "EXCESS_DIVERTED")
  })
  private interface LedgerEventMixIn {}

  /** A service event: {@code "type"} names what happened. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ServiceEvent.ServiceRecorded.class, name = "SERVICE_RECORDED"),
    @JsonSubTypes.Type(value = ServiceEvent.ServiceVerified.class, name = "SERVICE_VERIFIED"),
    @JsonSubTypes.Type(value = ServiceEvent.ServiceCorrected.class, name = "SERVICE_CORRECTED")
  })
  private interface ServiceEventMixIn {}

  /** A policy's verdict: {@code "type":"PERMITTED"} or {@code "REFUSED"}, and {@code permitted}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Verdict.Permitted.class, name = "PERMITTED"),
    @JsonSubTypes.Type(value = Verdict.Refused.class, name = "REFUSED")
  })
  @JsonIgnoreProperties(value = "permitted", allowGetters = true)
  private interface VerdictMixIn {
    @JsonProperty("permitted")
    boolean isPermitted();
  }

  /** Whether a record is current follows from its status and is not written. */
  private interface ServiceRecordMixIn {
    @JsonIgnore
    boolean isCurrent();
  }

  /** A reconciliation, with its verdict {@code balanced} (written, ignored on reading). */
  @JsonIgnoreProperties(value = "balanced", allowGetters = true)
  private interface ReconciliationMixIn {
    @JsonProperty("balanced")
    boolean balanced();
  }

  /** The idempotency key is the ledger's own business. */
  @JsonIgnoreProperties(value = "clientKey")
  private abstract static class TransferMixIn {}

  private static final class LimitsSerializer extends JsonSerializer<AccountLimits> {
    @Override
    public void serialize(AccountLimits value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      if (value.hasMinimum()) {
        gen.writeFieldName("minimum");
        provider.defaultSerializeValue(TimeCredit.ofMinutes(value.minimumMinutes()), gen);
      }
      if (value.hasStorageCap()) {
        gen.writeFieldName("storageCap");
        provider.defaultSerializeValue(TimeCredit.ofMinutes(value.capMinutes()), gen);
      }
      gen.writeStringField("excessPolicy", value.excessPolicy().name());
      gen.writeEndObject();
    }
  }

  private static final class LimitsDeserializer extends JsonDeserializer<AccountLimits> {
    @Override
    public AccountLimits deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (AccountLimits) ctxt.handleUnexpectedToken(AccountLimits.class, p);
      }
      long min = Long.MIN_VALUE;
      long cap = Long.MAX_VALUE;
      ExcessPolicy policy = ExcessPolicy.REJECT;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (field) {
          case "minimum" -> min = ctxt.readValue(p, TimeCredit.class).toMinutes();
          case "storageCap" -> cap = ctxt.readValue(p, TimeCredit.class).toMinutes();
          case "excessPolicy" -> policy = ctxt.readValue(p, ExcessPolicy.class);
          default -> ctxt.handleUnknownProperty(p, this, AccountLimits.class, field);
        }
      }
      try {
        return AccountLimits.ofMinutes(min, cap, policy);
      } catch (SansheException e) {
        throw Values.invalid(p, e.getMessage(), AccountLimits.class, e);
      }
    }
  }
}
