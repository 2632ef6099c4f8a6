package org.sanshe.timebank.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.json.SansheCoreModule;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.store.ChainHash;

/**
 * The Jackson module of the time bank: ids and time credits as plain strings ({@code "12h30m"}),
 * chain hashes as hex, instants as ISO-8601 strings (as the JSR-310 module writes them with
 * timestamps off; register that module after this one to override), account limits as an object
 * with optional {@code minimum} and {@code storageCap}. Records such as {@code Transfer} and {@code
 * Account} use Jackson's record support. Read strictly: a bad value fails with an {@link
 * InvalidFormatException} whose cause carries our code. No default typing, no class names.
 * Thread-safe.
 */
public final class TimeBankModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public TimeBankModule() {
    super("TimeBankModule", Version.unknownVersion());
    string(AccountId.class, AccountId::value, AccountId::of);
    string(PartyId.class, PartyId::value, PartyId::of);
    string(TransferId.class, TransferId::value, TransferId::of);
    string(ServiceRecordId.class, ServiceRecordId::value, ServiceRecordId::of);
    string(TimeCredit.class, TimeCredit::toString, TimeCredit::parse);
    string(ChainHash.class, ChainHash::toString, TimeBankModule::chainHash);
    string(Instant.class, Instant::toString, TimeBankModule::instant);
    addSerializer(AccountLimits.class, new LimitsSerializer());
    addDeserializer(AccountLimits.class, new LimitsDeserializer());
  }

  private <T> void string(
      Class<T> type,
      java.util.function.Function<T, String> writer,
      java.util.function.Function<String, T> parser) {
    addSerializer(type, SansheCoreModule.serializer(writer));
    addDeserializer(type, SansheCoreModule.deserializer(type, parser));
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new SansheException(
          org.sanshe.timebank.error.TimeBankError.TIMEBANK_ID_INVALID, "instant", "ISO-8601");
    }
  }

  private static ChainHash chainHash(String hex) {
    try {
      return ChainHash.parse(hex);
    } catch (IllegalArgumentException e) {
      throw new SansheException(
          org.sanshe.timebank.error.TimeBankError.TIMEBANK_ID_INVALID,
          "chainHash",
          "64 hex digits");
    }
  }

  private static final class LimitsSerializer extends JsonSerializer<AccountLimits> {
    @Override
    public void serialize(AccountLimits value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      if (value.hasMinimum()) {
        gen.writeStringField("minimum", TimeCredit.ofMinutes(value.minimumMinutes()).toString());
      }
      if (value.hasStorageCap()) {
        gen.writeStringField("storageCap", TimeCredit.ofMinutes(value.capMinutes()).toString());
      }
      gen.writeStringField("excessPolicy", value.excessPolicy().name());
      gen.writeEndObject();
    }
  }

  private static final class LimitsDeserializer extends JsonDeserializer<AccountLimits> {
    @Override
    public AccountLimits deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      try {
        long min =
            node.hasNonNull("minimum")
                ? TimeCredit.parse(node.get("minimum").asText()).toMinutes()
                : Long.MIN_VALUE;
        long cap =
            node.hasNonNull("storageCap")
                ? TimeCredit.parse(node.get("storageCap").asText()).toMinutes()
                : Long.MAX_VALUE;
        ExcessPolicy policy =
            node.hasNonNull("excessPolicy")
                ? ExcessPolicy.valueOf(node.get("excessPolicy").asText())
                : ExcessPolicy.REJECT;
        return AccountLimits.ofMinutes(min, cap, policy);
      } catch (SansheException | IllegalArgumentException e) {
        InvalidFormatException failure =
            InvalidFormatException.from(p, e.getMessage(), null, AccountLimits.class);
        failure.initCause(e);
        throw failure;
      }
    }
  }
}
