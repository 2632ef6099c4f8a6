package org.sanshe.jackson3.deliberation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.affairs.FeedbackGiven;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterAccepted;
import org.sanshe.deliberation.affairs.MatterClosed;
import org.sanshe.deliberation.affairs.MatterDispatched;
import org.sanshe.deliberation.affairs.MatterEvent;
import org.sanshe.deliberation.affairs.MatterRecorded;
import org.sanshe.deliberation.affairs.MatterRefused;
import org.sanshe.deliberation.affairs.MatterReopened;
import org.sanshe.deliberation.affairs.MatterResolved;
import org.sanshe.deliberation.affairs.MatterSnapshot;
import org.sanshe.deliberation.affairs.MatterStarted;
import org.sanshe.deliberation.affairs.MatterTriaged;
import org.sanshe.deliberation.affairs.OverdueReport;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.SettlementReport;
import org.sanshe.deliberation.affairs.TargetCheck;
import org.sanshe.deliberation.affairs.TriageReport;
import org.sanshe.jackson3.internal.Values;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON of community public matters (deliberation's {@code affairs} package), registered by
 * {@link SansheDeliberationModule}.
 *
 * <ul>
 *   <li>A {@link Handler} is its text form {@code "COMMUNITY:320114001001"}, as a value and as a
 *       map key; a {@link ReportPeriod} is {@code "2026-01-01/2026-03-31"}.
 *   <li>A {@link MatterEvent} carries a {@code type}: {@code MATTER_RECORDED}, {@code
 *       MATTER_ACCEPTED}, {@code MATTER_REFUSED}, {@code MATTER_TRIAGED}, {@code
 *       MATTER_DISPATCHED}, {@code MATTER_STARTED}, {@code MATTER_RESOLVED}, {@code MATTER_CLOSED},
 *       {@code FEEDBACK_GIVEN} or {@code MATTER_REOPENED}; the actor of feedback follows from the
 *       resident's hash and is not written.
 *   <li>A {@link Matter} is written as its {@link MatterSnapshot} and read back through {@link
 *       Matter#restore}, so a history that breaks a rule fails with the rule's code.
 *   <li>A {@link TargetCheck} is read only if its share and verdict {@code holds} follow from its
 *       count, total and target; reports carry their verdict {@code allHold} (and an overdue report
 *       its {@code total}), written and ignored on reading.
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
final class AffairsJson {

  private AffairsJson() {}

  static void register(SimpleModule module) {
    Values.string(module, Handler.class, Handler::toString, Handler::parse);
    Values.key(module, Handler.class, Handler::toString, Handler::parse);
    Values.string(module, ReportPeriod.class, ReportPeriod::toString, AffairsJson::period);
    module.setMixInAnnotation(MatterEvent.class, MatterEventMixIn.class);
    module.setMixInAnnotation(TriageReport.class, VerdictMixIn.class);
    module.setMixInAnnotation(SettlementReport.class, VerdictMixIn.class);
    module.setMixInAnnotation(OverdueReport.class, OverdueMixIn.class);
    module.addDeserializer(TargetCheck.class, new TargetCheckDeserializer());
    Values.snapshot(module, Matter.class, MatterSnapshot.class, Matter::snapshot, Matter::restore);
  }

  /**
   * Reads a report period; a failure names the type only ({@code AFFAIRS_PERIOD_INVALID} would
   * repeat the text read).
   */
  private static ReportPeriod period(String text) {
    try {
      return ReportPeriod.parse(text);
    } catch (SansheException e) {
      throw new IllegalArgumentException("not a report period: first/last, last not before first");
    }
  }

  /** A matter's step: {@code "type"} names it. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = MatterRecorded.class, name = "MATTER_RECORDED"),
    @JsonSubTypes.Type(value = MatterAccepted.class, name = "MATTER_ACCEPTED"),
    @JsonSubTypes.Type(value = MatterRefused.class, name = "MATTER_REFUSED"),
    @JsonSubTypes.Type(value = MatterTriaged.class, name = "MATTER_TRIAGED"),
    @JsonSubTypes.Type(value = MatterDispatched.class, name = "MATTER_DISPATCHED"),
    @JsonSubTypes.Type(value = MatterStarted.class, name = "MATTER_STARTED"),
    @JsonSubTypes.Type(value = MatterResolved.class, name = "MATTER_RESOLVED"),
    @JsonSubTypes.Type(value = MatterClosed.class, name = "MATTER_CLOSED"),
    @JsonSubTypes.Type(value = FeedbackGiven.class, name = "FEEDBACK_GIVEN"),
    @JsonSubTypes.Type(value = MatterReopened.class, name = "MATTER_REOPENED")
  })
  private interface MatterEventMixIn {}

  /** A report's verdict {@code allHold}: written, ignored on reading. */
  @JsonIgnoreProperties(value = "allHold", allowGetters = true)
  private interface VerdictMixIn {
    @JsonProperty("allHold")
    boolean allHold();
  }

  /** An overdue report's {@code total}: written, ignored on reading. */
  @JsonIgnoreProperties(value = "total", allowGetters = true)
  private interface OverdueMixIn {
    @JsonProperty("total")
    long total();
  }

  /** Reads a target check and refuses one whose share or verdict does not follow from it. */
  private static final class TargetCheckDeserializer extends ValueDeserializer<TargetCheck> {
    @Override
    public TargetCheck deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (TargetCheck) ctxt.handleUnexpectedToken(TargetCheck.class, p);
      }
      ResolutionPath path = null;
      TargetCheck.Bound bound = null;
      Fraction target = null;
      Long count = null;
      Long total = null;
      Fraction share = null;
      Boolean holds = null;
      for (String field = p.nextName(); field != null; field = p.nextName()) {
        p.nextToken();
        switch (field) {
          case "path" -> path = ctxt.readValue(p, ResolutionPath.class);
          case "bound" -> bound = ctxt.readValue(p, TargetCheck.Bound.class);
          case "target" -> target = ctxt.readValue(p, Fraction.class);
          case "count" -> count = ctxt.readValue(p, Long.class);
          case "total" -> total = ctxt.readValue(p, Long.class);
          case "share" -> share = ctxt.readValue(p, Fraction.class);
          case "holds" -> holds = ctxt.readValue(p, Boolean.class);
          default -> ctxt.handleUnknownProperty(p, this, TargetCheck.class, field);
        }
      }
      if (path == null
          || bound == null
          || target == null
          || count == null
          || total == null
          || share == null
          || holds == null) {
        throw Values.invalid(
            p,
            "a target check needs a path, a bound, a target, a count, a total, a share and holds",
            TargetCheck.class,
            null);
      }
      if (count < 0 || total < count) {
        throw Values.invalid(
            p, "a target check's count is between 0 and its total", TargetCheck.class, null);
      }
      TargetCheck check = TargetCheck.of(path, bound, target, count, total);
      if (!check.share().equals(share) || check.holds() != holds) {
        throw Values.invalid(
            p,
            "a target check's share and holds follow from its count, total and target",
            TargetCheck.class,
            null);
      }
      return check;
    }
  }
}
