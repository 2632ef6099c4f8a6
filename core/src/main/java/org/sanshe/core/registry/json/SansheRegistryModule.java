package org.sanshe.core.registry.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.json.SansheCoreModule;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.hsds.HsdsEntry;
import org.sanshe.core.registry.hsds.HsdsLocation;
import org.sanshe.core.registry.hsds.HsdsOrganization;
import org.sanshe.core.registry.hsds.HsdsOrganizationIdentifier;
import org.sanshe.core.registry.hsds.HsdsService;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ProjectSnapshot;
import org.sanshe.core.registry.worker.CertificateNumber;
import org.sanshe.core.registry.worker.SocialWorker;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.core.registry.worker.SocialWorkerSnapshot;

/**
 * The Jackson module of the registry. Aggregates are written as their snapshots and read back
 * through {@code restore}, so JSON that breaks a rule fails with the rule's error code inside the
 * {@link JsonMappingException} (find it with {@link SansheCoreModule#sansheCause}). Ids, {@link
 * Money} ({@code "300000.00"}), dates (ISO), years and grades ({@code "5A"}) are plain strings. No
 * default typing, no class names. HSDS export records get snake-case names ({@code
 * organization_id}). Depends on {@link SansheCoreModule} for credit and division codes.
 * Thread-safe.
 */
public final class SansheRegistryModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SansheRegistryModule() {
    super("SansheRegistryModule", Version.unknownVersion());
    SansheCoreModule core = new SansheCoreModule();
    stringType(OrganizationId.class, OrganizationId::value, OrganizationId::new);
    stringType(SocialWorkerId.class, SocialWorkerId::value, SocialWorkerId::new);
    stringType(ProjectId.class, ProjectId::value, ProjectId::new);
    stringType(NeedId.class, NeedId::value, NeedId::new);
    stringType(CertificateNumber.class, CertificateNumber::value, CertificateNumber::new);
    stringType(Money.class, Money::toString, Money::parse);
    stringType(EvaluationGrade.class, EvaluationGrade::label, EvaluationGrade::parse);
    stringType(LocalDate.class, LocalDate::toString, SansheRegistryModule::date);
    stringType(Year.class, Year::toString, SansheRegistryModule::year);
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
            HsdsService.class,
            HsdsEntry.class)) {
      setMixInAnnotation(hsds, HsdsNames.class);
    }
    this.dependency = core;
  }

  /** HSDS field names are snake case; absent values are left out. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class HsdsNames {}

  private final transient Module dependency;

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(dependency);
  }

  private <T> void stringType(
      Class<T> type, Function<T, String> writer, Function<String, T> parser) {
    addSerializer(type, SansheCoreModule.serializer(writer));
    addDeserializer(type, SansheCoreModule.deserializer(type, parser));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new RegistryException(RegistryError.REGISTRY_JSON_INVALID, "not an ISO date: " + text);
    }
  }

  private static Year year(String text) {
    try {
      return Year.parse(text);
    } catch (DateTimeParseException e) {
      throw new RegistryException(RegistryError.REGISTRY_JSON_INVALID, "not a year: " + text);
    }
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
              throw JsonMappingException.from(p, e.getMessage(), e);
            }
          }
        });
  }
}
