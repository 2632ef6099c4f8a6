package org.sanshe.jackson3.core;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.access.AccessDecision;
import org.sanshe.core.registry.access.AccessEntry;
import org.sanshe.core.registry.access.AccessList;
import org.sanshe.core.registry.access.BurdenReport;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.core.registry.party.PartyCoverage;
import org.sanshe.core.registry.party.PartyEvent;
import org.sanshe.core.registry.party.PartyRecordId;
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
 * The JSON of the community access list (社区工作事项准入) and of Party building coverage (党建), registered
 * by {@link SansheCoreModule}.
 *
 * <ul>
 *   <li>Task codes and Party record ids are plain strings.
 *   <li>An access decision is {@code "type":"LISTED"}, {@code "APPROVED"} or {@code "REFUSED"},
 *       with its verdict {@code accepted}, written and ignored on reading.
 *   <li>An {@link AccessList} is {@code {"entries":[...]}}, read back through {@link
 *       AccessList#of}; a task listed twice fails with {@code ACCESS_TASK_DUPLICATE} naming the
 *       entry's position, not its code.
 *   <li>A Party event carries a {@code type}: {@code JOINT_BRANCH_FORMED}, {@code
 *       AFFILIATION_RECORDED}, {@code DUAL_REPORT_RECORDED} or {@code STATION_OPENED}.
 *   <li>Derived figures are written and ignored on reading: a burden report's verdict {@code
 *       reducedWithoutRebound}; a Party coverage's {@code organizations}, {@code
 *       organizationCoverage} and {@code workCoverage} (exact fractions, {@code null} with no
 *       organization).
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
final class AccessPartyJson {

  private AccessPartyJson() {}

  static void register(SimpleModule module) {
    Values.string(module, TaskCode.class, TaskCode::value, TaskCode::of);
    Values.string(module, PartyRecordId.class, PartyRecordId::value, PartyRecordId::of);
    module.setMixInAnnotation(AccessDecision.class, AccessDecisionMixIn.class);
    module.setMixInAnnotation(PartyEvent.class, PartyEventMixIn.class);
    module.setMixInAnnotation(BurdenReport.class, BurdenMixIn.class);
    module.setMixInAnnotation(PartyCoverage.class, CoverageMixIn.class);
    module.addSerializer(AccessList.class, new ListSerializer());
    module.addDeserializer(AccessList.class, new ListDeserializer());
  }

  /** An access decision, with its verdict {@code accepted} (written, ignored on reading). */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = AccessDecision.Listed.class, name = "LISTED"),
    @JsonSubTypes.Type(value = AccessDecision.Approved.class, name = "APPROVED"),
    @JsonSubTypes.Type(value = AccessDecision.Refused.class, name = "REFUSED")
  })
  @JsonIgnoreProperties(value = "accepted", allowGetters = true)
  private interface AccessDecisionMixIn {
    @JsonProperty("accepted")
    boolean accepted();
  }

  /** A Party register's event. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = PartyEvent.JointBranchFormed.class, name = "JOINT_BRANCH_FORMED"),
    @JsonSubTypes.Type(value = PartyEvent.AffiliationRecorded.class, name = "AFFILIATION_RECORDED"),
    @JsonSubTypes.Type(value = PartyEvent.DualReportRecorded.class, name = "DUAL_REPORT_RECORDED"),
    @JsonSubTypes.Type(value = PartyEvent.StationOpened.class, name = "STATION_OPENED")
  })
  private interface PartyEventMixIn {}

  /** A burden report's verdict: written, ignored on reading. */
  @JsonIgnoreProperties(value = "reducedWithoutRebound", allowGetters = true)
  private interface BurdenMixIn {
    @JsonProperty("reducedWithoutRebound")
    boolean reducedWithoutRebound();
  }

  /** A Party coverage's derived figures: written, ignored on reading. */
  @JsonIgnoreProperties(
      value = {"organizations", "organizationCoverage", "workCoverage"},
      allowGetters = true)
  @JsonPropertyOrder({
    "division",
    "ownBranch",
    "jointBranch",
    "instructor",
    "none",
    "organizations",
    "organizationCoverage",
    "workCoverage"
  })
  private interface CoverageMixIn {
    @JsonProperty("organizations")
    long organizations();

    @JsonProperty("organizationCoverage")
    Optional<Fraction> organizationCoverage();

    @JsonProperty("workCoverage")
    Optional<Fraction> workCoverage();
  }

  private static final class ListSerializer extends ValueSerializer<AccessList> {
    @Override
    public void serialize(AccessList value, JsonGenerator gen, SerializationContext provider) {
      gen.writeStartObject();
      gen.writeName("entries");
      gen.writeStartArray();
      for (AccessEntry e : value.entries()) {
        provider.writeValue(gen, e);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  private static final class ListDeserializer extends ValueDeserializer<AccessList> {
    @Override
    public AccessList deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (AccessList) ctxt.handleUnexpectedToken(AccessList.class, p);
      }
      AccessEntry[] entries = null;
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        if (field.equals("entries")) {
          entries = ctxt.readValue(p, AccessEntry[].class);
        } else {
          ctxt.handleUnknownProperty(p, this, AccessList.class, field);
        }
      }
      if (entries == null || Arrays.stream(entries).anyMatch(Objects::isNull)) {
        throw Values.invalid(p, "an access list needs its entries", AccessList.class, null);
      }
      Set<TaskCode> seen = new HashSet<>();
      for (int i = 0; i < entries.length; i++) {
        if (!seen.add(entries[i].task())) {
          // named by its position: the domain's message would repeat the task code read
          RegistryException duplicate =
              new RegistryException(RegistryError.ACCESS_TASK_DUPLICATE, "entries[" + i + "]");
          throw Values.invalid(p, duplicate.getMessage(), AccessList.class, duplicate);
        }
      }
      try {
        return AccessList.of(Arrays.asList(entries));
      } catch (SansheException e) {
        throw Values.invalid(p, e.getMessage(), AccessList.class, e);
      }
    }
  }
}
