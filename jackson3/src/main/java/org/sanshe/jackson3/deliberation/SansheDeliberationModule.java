package org.sanshe.jackson3.deliberation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotKind;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.ChoiceBallot;
import org.sanshe.deliberation.ballot.CumulativeBallot;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.YesNoBallot;
import org.sanshe.deliberation.budgeting.ComparisonStep;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.contest.ContestId;
import org.sanshe.deliberation.contest.EntryId;
import org.sanshe.deliberation.contest.JudgeId;
import org.sanshe.deliberation.counting.Candidates;
import org.sanshe.deliberation.counting.CondorcetCheck;
import org.sanshe.deliberation.counting.PairwiseMatrix;
import org.sanshe.deliberation.counting.TieBreak;
import org.sanshe.deliberation.counting.TieContext;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.ownersvote.AllOf;
import org.sanshe.deliberation.ownersvote.CountSigned;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.ShareRule;
import org.sanshe.deliberation.ownersvote.UnsavedBallots;
import org.sanshe.deliberation.ownersvote.VoteDecision;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoteRule;
import org.sanshe.deliberation.ownersvote.VoteTally;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.VotingWindow;
import org.sanshe.deliberation.pabulib.PabulibRules;
import org.sanshe.jackson3.core.PersonalData;
import org.sanshe.jackson3.core.SansheCoreModule;
import org.sanshe.jackson3.internal.OwnTypeIds;
import org.sanshe.jackson3.internal.Values;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of {@code sanshe-deliberation}: ids as plain strings, {@link FloorArea} as
 * an exact decimal number of square metres ({@code 89.57}), {@link Reporter} as {@code
 * {"anonymous":false,"name":"王**","phone":"138****5678"}}, masked unless built with {@link
 * PersonalData#FULL}; masked output (any {@code *}) is refused on reading. {@link VotingWindow} is
 * {@code {"opens":"...Z","closes":"...Z"}}, {@link Place} {@code {"division":..,"grid":..,
 * "building":..}}, {@link Option} a string, a {@link VoteTally} (written only: it is derived from
 * the ballots) the heads and exact areas per option. Sealed results carry a {@code type}: {@link
 * VoteDecision} is {@code ADOPTED} or {@code NOT_ADOPTED} with its verdict {@code adopted}; a
 * {@link Ballot}'s type is its {@link BallotKind}. Depends on {@link SansheCoreModule}. No default
 * typing, no class names. Immutable and thread-safe.
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
    Values.string(this, ConsultationForm.class, ConsultationForm::code, ConsultationForm::of);
    Values.string(this, VoteId.class, VoteId::value, VoteId::of);
    Values.string(this, VoterId.class, VoterId::value, VoterId::of);
    Values.string(this, CandidateId.class, CandidateId::value, CandidateId::of);
    Values.string(this, EntryId.class, EntryId::value, EntryId::of);
    Values.string(this, JudgeId.class, JudgeId::value, JudgeId::of);
    Values.string(this, ContestId.class, ContestId::value, ContestId::of);
    Values.string(this, ActorId.class, ActorId::value, ActorId::of);
    setMixInAnnotation(UnsavedBallots.class, UnsavedBallotsMixIn.class);
    setMixInAnnotation(VoteRule.class, VoteRuleMixIn.class);
    setMixInAnnotation(CountSigned.class, CountSignedMixIn.class);
    RulesJson.register(this);
    addSerializer(FloorArea.class, new AreaSerializer());
    addDeserializer(FloorArea.class, new AreaDeserializer());
    addSerializer(Reporter.class, new ReporterSerializer(personalData));
    addDeserializer(Reporter.class, new ReporterDeserializer());
    Values.string(this, Option.class, Option::code, Option::of);
    Values.string(this, MatterCategory.class, MatterCategory::code, MatterCategory::of);
    addKeySerializer(CandidateId.class, new CandidateKeySerializer());
    addKeyDeserializer(CandidateId.class, new CandidateKeyDeserializer());
    addSerializer(VotingWindow.class, new WindowSerializer());
    addDeserializer(VotingWindow.class, new WindowDeserializer());
    addSerializer(Place.class, new PlaceSerializer());
    addDeserializer(Place.class, new PlaceDeserializer());
    addSerializer(VoteTally.class, new TallySerializer());
    setMixInAnnotation(VoteDecision.class, VoteDecisionMixIn.class);
    setMixInAnnotation(Ballot.class, BallotMixIn.class);
    setMixInAnnotation(TieBreak.class, TieBreakMixIn.class);
    setMixInAnnotation(CondorcetCheck.Outcome.class, CondorcetMixIn.class);
    addSerializer(PairwiseMatrix.class, new MatrixSerializer());
    addDeserializer(PairwiseMatrix.class, new MatrixDeserializer());
    addSerializer(TieContext.class, new TieContextSerializer());
    setMixInAnnotation(PabulibRules.Check.class, CheckMixIn.class);
    setMixInAnnotation(ComparisonStep.Count.class, CountMixIn.class);
    // issue 13: community public matters
    AffairsJson.register(this);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addHandler(new OwnTypeIds());
  }

  /** A Pabulib rule check, with its verdict {@code matches} (written, ignored on reading). */
  @JsonIgnoreProperties(value = "matches", allowGetters = true)
  private interface CheckMixIn {
    @JsonProperty("matches")
    boolean matches();
  }

  /** A comparison count, with its verdict {@code greedyWins} (written, ignored on reading). */
  @JsonIgnoreProperties(value = "greedyWins", allowGetters = true)
  private interface CountMixIn {
    @JsonProperty("greedyWins")
    boolean greedyWins();
  }

  /** A tie-break rule: {@code "type"} names the rule, its parameters follow. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = TieBreak.LowerCost.class, name = "LOWER_COST"),
    @JsonSubTypes.Type(value = TieBreak.MoreVotes.class, name = "MORE_VOTES"),
    @JsonSubTypes.Type(value = TieBreak.GivenOrder.class, name = "GIVEN_ORDER"),
    @JsonSubTypes.Type(value = TieBreak.SeededLottery.class, name = "SEEDED_LOTTERY")
  })
  private interface TieBreakMixIn {}

  /** A Condorcet check: {@code "type":"WINNER"} or {@code "NO_WINNER"}, and its verdict. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = CondorcetCheck.Winner.class, name = "WINNER"),
    @JsonSubTypes.Type(value = CondorcetCheck.NoWinner.class, name = "NO_WINNER")
  })
  @JsonIgnoreProperties(value = "hasWinner", allowGetters = true)
  private interface CondorcetMixIn {
    @JsonProperty("hasWinner")
    boolean hasWinner();
  }

  /** Pairwise counts: {@code {"candidates":["a","b"],"counts":[[0,3],[2,0]]}}. */
  private static final class MatrixSerializer extends ValueSerializer<PairwiseMatrix> {
    @Override
    public void serialize(PairwiseMatrix value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeArrayPropertyStart("candidates");
      for (CandidateId id : value.candidates().list()) {
        gen.writeString(id.value());
      }
      gen.writeEndArray();
      gen.writeArrayPropertyStart("counts");
      for (long[] row : value.toArray()) {
        gen.writeArray(row, 0, row.length);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** Reads pairwise counts through {@link PairwiseMatrix#of(Candidates, long[][])}. */
  private static final class MatrixDeserializer extends ValueDeserializer<PairwiseMatrix> {
    @Override
    public PairwiseMatrix deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (PairwiseMatrix) ctxt.handleUnexpectedToken(PairwiseMatrix.class, p);
      }
      CandidateId[] candidates = null;
      long[][] counts = null;
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        switch (field) {
          case "candidates" -> candidates = ctxt.readValue(p, CandidateId[].class);
          case "counts" -> counts = ctxt.readValue(p, long[][].class);
          default -> ctxt.handleUnknownProperty(p, this, PairwiseMatrix.class, field);
        }
      }
      if (candidates == null || counts == null) {
        throw Values.invalid(
            p, "pairwise counts need candidates and counts", PairwiseMatrix.class, null);
      }
      try {
        return PairwiseMatrix.of(Candidates.of(List.of(candidates)), counts);
      } catch (SansheException e) {
        throw Values.invalid(p, e.getMessage(), PairwiseMatrix.class, e);
      } catch (NullPointerException e) {
        throw Values.invalid(p, "a candidate is null", PairwiseMatrix.class, null);
      }
    }
  }

  /** A tie's context, with costs and votes in candidate order so that the document is stable. */
  private static final class TieContextSerializer extends ValueSerializer<TieContext> {
    @Override
    public void serialize(TieContext value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeArrayPropertyStart("candidates");
      for (CandidateId id : value.candidates()) {
        gen.writeString(id.value());
      }
      gen.writeEndArray();
      counts(gen, "costs", value.costs());
      counts(gen, "votes", value.votes());
      gen.writeEndObject();
    }

    private static void counts(JsonGenerator gen, String name, Map<CandidateId, Long> counts) {
      gen.writeObjectPropertyStart(name);
      for (Map.Entry<CandidateId, Long> e : new TreeMap<>(counts).entrySet()) {
        gen.writeNumberProperty(e.getKey().value(), e.getValue());
      }
      gen.writeEndObject();
    }
  }

  /** A vote's result: {@code "type":"ADOPTED"} or {@code "NOT_ADOPTED"}, and its verdict. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = VoteDecision.Adopted.class, name = "ADOPTED"),
    @JsonSubTypes.Type(value = VoteDecision.NotAdopted.class, name = "NOT_ADOPTED")
  })
  @JsonIgnoreProperties(value = "adopted", allowGetters = true)
  private interface VoteDecisionMixIn {
    @JsonProperty("adopted")
    boolean adopted();
  }

  /** A ballot: {@code "type"} is its {@link BallotKind}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ApprovalBallot.class, name = "APPROVAL"),
    @JsonSubTypes.Type(value = RankedBallot.class, name = "RANKED"),
    @JsonSubTypes.Type(value = ScoreBallot.class, name = "SCORE"),
    @JsonSubTypes.Type(value = CumulativeBallot.class, name = "CUMULATIVE"),
    @JsonSubTypes.Type(value = ChoiceBallot.class, name = "CHOOSE_ONE"),
    @JsonSubTypes.Type(value = YesNoBallot.class, name = "YES_NO_ABSTAIN")
  })
  private interface BallotMixIn {}

  /** A vote rule: {@code "type":"SHARE"} (one share) or {@code "ALL_OF"} (all of its rules). */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ShareRule.class, name = "SHARE"),
    @JsonSubTypes.Type(value = AllOf.class, name = "ALL_OF")
  })
  private interface VoteRuleMixIn {}

  /** A signed count, with its verdict {@code final} (written, ignored on reading). */
  @JsonIgnoreProperties(value = "final", allowGetters = true)
  private interface CountSignedMixIn {
    @JsonProperty("final")
    boolean isFinal();
  }

  /** Ballots not yet stored: their voters and counts; {@code isEmpty()} is not written. */
  private interface UnsavedBallotsMixIn {
    @JsonIgnore
    boolean isEmpty();
  }

  private static final class CandidateKeySerializer extends ValueSerializer<CandidateId> {
    @Override
    public void serialize(CandidateId value, JsonGenerator gen, SerializationContext provider) {
      gen.writeName(value.value());
    }
  }

  private static final class CandidateKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      try {
        return CandidateId.of(key);
      } catch (SansheException e) {
        return ctxt.handleWeirdKey(CandidateId.class, "", "not a candidate id");
      }
    }
  }

  private static final class WindowSerializer extends ValueSerializer<VotingWindow> {
    @Override
    public void serialize(VotingWindow value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeStringProperty("opens", value.opens().toString());
      gen.writeStringProperty("closes", value.closes().toString());
      gen.writeEndObject();
    }
  }

  private static final class WindowDeserializer extends ValueDeserializer<VotingWindow> {
    @Override
    public VotingWindow deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (VotingWindow) ctxt.handleUnexpectedToken(VotingWindow.class, p);
      }
      Instant opens = null;
      Instant closes = null;
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        switch (field) {
          case "opens" -> opens = instant(p, ctxt);
          case "closes" -> closes = instant(p, ctxt);
          default -> ctxt.handleUnknownProperty(p, this, VotingWindow.class, field);
        }
      }
      if (opens == null || closes == null) {
        throw Values.invalid(p, "a voting window needs opens and closes", VotingWindow.class, null);
      }
      try {
        return VotingWindow.of(opens, closes);
      } catch (SansheException e) {
        throw Values.invalid(p, e.getMessage(), VotingWindow.class, e);
      }
    }
  }

  private static Instant instant(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
    try {
      return Instant.parse(p.getString());
    } catch (DateTimeParseException e) {
      throw Values.invalid(p, "not an ISO-8601 instant", Instant.class, null);
    }
  }

  private static final class PlaceSerializer extends ValueSerializer<Place> {
    @Override
    public void serialize(Place value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeStringProperty("division", value.division().value());
      if (value.grid().isPresent()) {
        gen.writeStringProperty("grid", value.grid().get());
      }
      if (value.building().isPresent()) {
        gen.writeStringProperty("building", value.building().get());
      }
      gen.writeEndObject();
    }
  }

  private static final class PlaceDeserializer extends ValueDeserializer<Place> {
    @Override
    public Place deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Place) ctxt.handleUnexpectedToken(Place.class, p);
      }
      DivisionCode division = null;
      String grid = null;
      String building = null;
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        switch (field) {
          case "division" -> division = ctxt.readValue(p, DivisionCode.class);
          case "grid" -> grid = ctxt.readValue(p, String.class);
          case "building" -> building = ctxt.readValue(p, String.class);
          default -> ctxt.handleUnknownProperty(p, this, Place.class, field);
        }
      }
      if (division == null || (grid == null && building != null)) {
        throw Values.invalid(
            p, "a place needs a division, and a grid for a building", Place.class, null);
      }
      try {
        return grid == null ? Place.of(division) : Place.of(division, grid, building);
      } catch (SansheException e) {
        throw Values.invalid(p, e.getMessage(), Place.class, e);
      }
    }
  }

  /** A tally is derived data: written for reports, not read back (count the ballots again). */
  private static final class TallySerializer extends ValueSerializer<VoteTally> {
    @Override
    public void serialize(VoteTally value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeBooleanProperty("weighedByArea", value.weighedByArea());
      gen.writeObjectPropertyStart("electorate");
      gen.writeNumberProperty("heads", value.electorateHeads());
      gen.writeName("area");
      provider.writeValue(gen, FloorArea.ofSquareCentimetres(value.electorateArea()));
      gen.writeEndObject();
      gen.writeObjectPropertyStart("participating");
      gen.writeNumberProperty("heads", value.participatingHeads());
      gen.writeName("area");
      provider.writeValue(gen, FloorArea.ofSquareCentimetres(value.participatingArea()));
      gen.writeEndObject();
      gen.writeArrayPropertyStart("options");
      for (Option option : value.options()) {
        gen.writeStartObject();
        gen.writeStringProperty("option", option.code());
        gen.writeNumberProperty("heads", value.heads(option));
        gen.writeName("area");
        provider.writeValue(gen, FloorArea.ofSquareCentimetres(value.area(option)));
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
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
