package org.sanshe.jackson.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
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
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.ProblemDetails;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.hsds.HsdsApiRoot;
import org.sanshe.core.registry.hsds.HsdsEntry;
import org.sanshe.core.registry.hsds.HsdsLocation;
import org.sanshe.core.registry.hsds.HsdsOrganization;
import org.sanshe.core.registry.hsds.HsdsOrganizationIdentifier;
import org.sanshe.core.registry.hsds.HsdsOrganizationSummary;
import org.sanshe.core.registry.hsds.HsdsPage;
import org.sanshe.core.registry.hsds.HsdsService;
import org.sanshe.core.registry.hsds.HsdsServiceArea;
import org.sanshe.core.registry.hsds.HsdsServiceAtLocation;
import org.sanshe.core.registry.hsds.HsdsServiceWithOrganization;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ProjectSnapshot;
import org.sanshe.core.registry.worker.CertificateNumber;
import org.sanshe.core.registry.worker.SocialWorker;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.core.registry.worker.SocialWorkerSnapshot;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.core.satisfaction.grade.Grading;
import org.sanshe.core.satisfaction.instrument.Indicator;
import org.sanshe.core.satisfaction.instrument.ItemId;
import org.sanshe.core.satisfaction.instrument.PointsMapping;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Weight;
import org.sanshe.core.satisfaction.response.DuplicateDecision;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.score.Reliability;
import org.sanshe.core.satisfaction.score.SampleDecision;
import org.sanshe.core.satisfaction.score.SubjectScore;
import org.sanshe.jackson.internal.Amounts;
import org.sanshe.jackson.internal.Fractions;
import org.sanshe.jackson.internal.OwnTypeIds;
import org.sanshe.jackson.internal.OwnTypesIntrospector;
import org.sanshe.jackson.internal.Values;

/**
 * The Jackson 2 module of {@code sanshe-core}: identifiers, money, the registry and satisfaction
 * scoring, and Sanshe errors as RFC 9457 problem documents.
 *
 * <ul>
 *   <li>Identifiers and ids are plain strings, read strictly: a bad one fails with an {@code
 *       InvalidFormatException} whose cause is the {@link SansheException} (for example {@code
 *       USCC_CHECK_CHARACTER}); the text read is never echoed.
 *   <li>{@link Money} is {@code {"fen":30000000,"display":"300000.00"}}.
 *   <li>Aggregates (organizations, social workers, projects) are written as their snapshots and
 *       read back through {@code restore}, so JSON that breaks a rule fails with the rule's code.
 *   <li>The {@code java.time} members of Sanshe's own types are ISO-8601 strings (instants in UTC);
 *       these handlers apply to Sanshe's types only, never to {@code java.time} values elsewhere.
 *   <li>Sealed results carry a {@code type}: {@link Grading} is {@code GRADED} or {@code UNGRADED}.
 *   <li>A {@link SansheException} (and so an {@code InvalidInputException}) is written as its
 *       {@link ProblemDetails} in the language of the writer's locale ({@code
 *       mapper.writer().with(locale)}).
 *   <li>A {@link ResidentIdNumber} is written masked unless the module is built with {@link
 *       PersonalData#FULL}; only full output reads back.
 * </ul>
 *
 * <p>No default typing, no class names. Found by {@code ObjectMapper.findAndRegisterModules()}
 * through {@code ServiceLoader} on the class path and on the module path. Immutable and
 * thread-safe.
 */
public final class SansheCoreModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private final PersonalData personalData;

  /** Creates the module with masked personal data, as {@code ServiceLoader} does. */
  public SansheCoreModule() {
    this(PersonalData.MASKED);
  }

  /**
   * Creates the module.
   *
   * @param personalData how resident ID numbers are written, not null
   */
  public SansheCoreModule(PersonalData personalData) {
    super(SansheCoreModule.class.getName(), Version.unknownVersion());
    this.personalData = Objects.requireNonNull(personalData, "personalData");
    string(
        UnifiedSocialCreditCode.class,
        UnifiedSocialCreditCode::value,
        UnifiedSocialCreditCode::parse);
    string(DivisionCode.class, DivisionCode::value, DivisionCode::parse);
    string(
        ResidentIdNumber.class,
        personalData == PersonalData.FULL
            ? ResidentIdNumber::unmaskedValue
            : ResidentIdNumber::masked,
        ResidentIdNumber::parse);
    string(HashedIdentity.class, HashedIdentity::hex, HashedIdentity::new);
    Amounts.register(this, Money.class, "fen", Money::fen, Money::of, Money::toString);
    string(OrganizationId.class, OrganizationId::value, OrganizationId::new);
    string(SocialWorkerId.class, SocialWorkerId::value, SocialWorkerId::new);
    string(ProjectId.class, ProjectId::value, ProjectId::new);
    string(NeedId.class, NeedId::value, NeedId::new);
    string(Channel.class, Channel::code, Channel::of);
    string(ServiceDomain.class, ServiceDomain::code, ServiceDomain::of);
    string(CertificateNumber.class, CertificateNumber::value, CertificateNumber::new);
    string(EvaluationGrade.class, EvaluationGrade::label, EvaluationGrade::parse);
    string(SubjectId.class, SubjectId::toString, SubjectId::parse);
    string(Period.class, Period::code, Period::parse);
    string(ItemId.class, ItemId::code, ItemId::of);
    string(QuestionnaireId.class, QuestionnaireId::code, QuestionnaireId::of);
    string(Weight.class, Weight::toString, Weight::parse);
    string(Fraction.class, Fraction::toString, Fractions::parse);
    string(Grade.class, Grade::code, Grade::of);
    string(PointsMapping.class, PointsMapping::toString, PointsMapping::parse);
    snapshotType(
        Organization.class,
        OrganizationSnapshot.class,
        Organization::snapshot,
        Organization::restore);
    snapshotType(
        SocialWorker.class,
        SocialWorkerSnapshot.class,
        SocialWorker::snapshot,
        SocialWorker::restore);
    snapshotType(Project.class, ProjectSnapshot.class, Project::snapshot, Project::restore);
    for (Class<?> hsds :
        List.of(
            HsdsOrganization.class,
            HsdsOrganizationIdentifier.class,
            HsdsLocation.class,
            org.sanshe.core.registry.hsds.HsdsPhone.class,
            org.sanshe.core.registry.hsds.HsdsContact.class,
            HsdsService.class,
            HsdsServiceArea.class,
            HsdsServiceAtLocation.class,
            HsdsEntry.class,
            HsdsApiRoot.class,
            HsdsPage.class,
            HsdsOrganizationSummary.class,
            HsdsServiceWithOrganization.class)) {
      setMixInAnnotation(hsds, HsdsNames.class);
    }
    addSerializer(SansheException.class, new ProblemSerializer());
    setMixInAnnotation(Grading.class, GradingMixIn.class);
    setMixInAnnotation(DuplicateDecision.class, DuplicateDecisionMixIn.class);
    setMixInAnnotation(Reliability.class, ReliabilityMixIn.class);
    setMixInAnnotation(SampleDecision.class, SampleDecisionMixIn.class);
    setMixInAnnotation(SubjectScore.class, SubjectScoreMixIn.class);
    setMixInAnnotation(Indicator.class, IndicatorMixIn.class);
    addSerializer(Response.class, new ResponseSerializer());
    addDeserializer(Response.class, new ResponseDeserializer());
    addKeySerializer(SubjectId.class, new SubjectKeySerializer());
    addKeyDeserializer(SubjectId.class, new SubjectKeyDeserializer());
    addSerializer(Problem.class, new ProblemEntrySerializer());
    addSerializer(Problems.class, new ProblemsSerializer());
    if (personalData == PersonalData.MASKED) {
      PersonalRecords.registerMasked(this);
    }
    PublicMoneyJson.register(this);
    // issue 13: division codes as map keys (reports by street or community)
    Values.key(this, DivisionCode.class, DivisionCode::value, DivisionCode::parse);
    // issue 13: issue 18's events, funds and programme budgets
    MoneyEventsJson.register(this);
    // issue 13: the community access list and Party building coverage
    AccessPartyJson.register(this);
  }

  /** A duplicate check: {@code "type":"ACCEPT"}, {@code "REPLACE"} or {@code "REJECT"}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = DuplicateDecision.Accept.class, name = "ACCEPT"),
    @JsonSubTypes.Type(value = DuplicateDecision.Replace.class, name = "REPLACE"),
    @JsonSubTypes.Type(value = DuplicateDecision.Reject.class, name = "REJECT")
  })
  private interface DuplicateDecisionMixIn {}

  /** A reliability estimate: {@code "type":"ALPHA"} or {@code "UNAVAILABLE"}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Reliability.Alpha.class, name = "ALPHA"),
    @JsonSubTypes.Type(value = Reliability.Unavailable.class, name = "UNAVAILABLE")
  })
  private interface ReliabilityMixIn {}

  /** A sample check: {@code "type":"SUFFICIENT"} or {@code "INSUFFICIENT"}, and its verdict. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = SampleDecision.Sufficient.class, name = "SUFFICIENT"),
    @JsonSubTypes.Type(value = SampleDecision.Insufficient.class, name = "INSUFFICIENT")
  })
  @JsonIgnoreProperties(value = "sufficient", allowGetters = true)
  private interface SampleDecisionMixIn {
    @JsonProperty("sufficient")
    boolean sufficient();
  }

  /** A subject's score: {@code "type":"SCORED"} or {@code "INSUFFICIENT"}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = SubjectScore.Scored.class, name = "SCORED"),
    @JsonSubTypes.Type(value = SubjectScore.Insufficient.class, name = "INSUFFICIENT")
  })
  private interface SubjectScoreMixIn {}

  /** An indicator: whether it is a leaf follows from its children and is not written. */
  private interface IndicatorMixIn {
    @JsonIgnore
    boolean isLeaf();
  }

  /**
   * A response: {@code {"key":{...},"category":..,"questionnaire":..,"levels":[5,4,-1]}}, read back
   * through {@link Response#restore}.
   */
  private static final class ResponseSerializer extends JsonSerializer<Response> {
    @Override
    public void serialize(Response value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("key");
      provider.defaultSerializeValue(value.key(), gen);
      gen.writeStringField("category", value.category().name());
      gen.writeStringField("questionnaire", value.questionnaire().code());
      int[] levels = value.levels();
      gen.writeFieldName("levels");
      gen.writeArray(levels, 0, levels.length);
      gen.writeEndObject();
    }
  }

  private static final class ResponseDeserializer extends JsonDeserializer<Response> {
    @Override
    public Response deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Response) ctxt.handleUnexpectedToken(Response.class, p);
      }
      ResponseKey key = null;
      RespondentCategory category = null;
      QuestionnaireId questionnaire = null;
      int[] levels = null;
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        p.nextToken();
        switch (field) {
          case "key" -> key = ctxt.readValue(p, ResponseKey.class);
          case "category" -> category = ctxt.readValue(p, RespondentCategory.class);
          case "questionnaire" -> questionnaire = ctxt.readValue(p, QuestionnaireId.class);
          case "levels" -> levels = ctxt.readValue(p, int[].class);
          default -> ctxt.handleUnknownProperty(p, this, Response.class, field);
        }
      }
      if (key == null || category == null || questionnaire == null || levels == null) {
        throw Values.invalid(
            p,
            "a response needs a key, a category, a questionnaire and levels",
            Response.class,
            null);
      }
      try {
        return Response.restore(key, category, questionnaire, levels);
      } catch (SansheException e) {
        throw Values.invalid(p, e.getMessage(), Response.class, e);
      }
    }
  }

  private static final class SubjectKeySerializer extends JsonSerializer<SubjectId> {
    @Override
    public void serialize(SubjectId value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(value.toString());
    }
  }

  private static final class SubjectKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return SubjectId.parse(key);
      } catch (SansheException e) {
        return ctxt.handleWeirdKey(SubjectId.class, "", "not a subject id");
      }
    }
  }

  /**
   * A problem, written as an entry of a problem document ({@code path}, {@code code}, {@code
   * severity}, {@code detail} in the writer's language); written only: its arguments are rendered
   * into the detail.
   */
  private static final class ProblemEntrySerializer extends JsonSerializer<Problem> {
    @Override
    public void serialize(Problem value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      Locale locale = provider.getLocale() == null ? Locale.ENGLISH : provider.getLocale();
      provider.defaultSerializeValue(
          new ProblemDetails.Entry(
              value.path(), value.code(), value.severity(), value.message(locale)),
          gen);
    }
  }

  /** Problems, written as the list of their entries; written only. */
  private static final class ProblemsSerializer extends JsonSerializer<Problems> {
    @Override
    public void serialize(Problems value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartArray();
      for (Problem problem : value.all()) {
        provider.defaultSerializeValue(problem, gen);
      }
      gen.writeEndArray();
    }
  }

  /** A grading result: {@code "type":"GRADED"} or {@code "UNGRADED"}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Grading.Graded.class, name = "GRADED"),
    @JsonSubTypes.Type(value = Grading.Ungraded.class, name = "UNGRADED")
  })
  private interface GradingMixIn {}

  /**
   * Returns how this module writes personal data.
   *
   * @return masked or full
   */
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new OwnTypesIntrospector());
    context.addDeserializationProblemHandler(new OwnTypeIds());
  }

  /** HSDS field names are snake case; absent values are left out. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class HsdsNames {}

  /** Writes a Sanshe failure as its RFC 9457 problem document, in the writer's language. */
  private static final class ProblemSerializer extends JsonSerializer<SansheException> {
    @Override
    public void serialize(SansheException value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      Locale locale = provider.getLocale() == null ? Locale.ENGLISH : provider.getLocale();
      provider.defaultSerializeValue(ProblemDetails.of(value, locale), gen);
    }
  }

  private <T> void string(Class<T> type, Function<T, String> writer, Function<String, T> parser) {
    Values.string(this, type, writer, parser);
  }

  private <T, S> void snapshotType(
      Class<T> type, Class<S> snapshotType, Function<T, S> snapshot, Function<S, T> restore) {
    addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            provider.defaultSerializeValue(snapshot.apply(value), gen);
          }
        });
    addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            S s = ctxt.readValue(p, snapshotType);
            try {
              return restore.apply(s);
            } catch (SansheException e) {
              throw Values.invalid(p, e.getMessage(), type, e);
            }
          }
        });
  }
}
