package org.sanshe.deliberation.affairs;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.response.SubjectKind;

/**
 * Turns a reporter's {@link FeedbackGiven} into a satisfaction {@link Response} for the handler as
 * the subject, so that residents' feedback on settled matters counts in the satisfaction module: a
 * community as {@link SubjectKind#COMMUNITY}, a social organization as {@link
 * SubjectKind#ORGANIZATION}, a department or an office meeting as {@link SubjectKind#DEPARTMENT},
 * each by the handler's code. The response answers {@link #QUESTIONNAIRE}, one two-level item
 * ({@link #SATISFIED}: 1 satisfied, 0 not; the two-level {@link Scale#COMPETENCE} scale, whose top
 * level counts as satisfied), from an ordinary resident. The respondent is the reporter's keyed
 * hash. Stateless and thread-safe.
 */
public final class MatterFeedback {

  /** The item answered: {@code satisfied}. */
  public static final Item SATISFIED = Item.of("satisfied", Scale.COMPETENCE);

  /**
   * The questionnaire of matter feedback: {@code matter-feedback}, the one item {@link #SATISFIED}.
   */
  public static final Questionnaire QUESTIONNAIRE =
      Questionnaire.equallyWeighted(QuestionnaireId.of("matter-feedback"), List.of(SATISFIED));

  private MatterFeedback() {}

  /**
   * Returns the subject a handler is evaluated as.
   *
   * @param handler the handler, not null
   * @return the subject
   */
  public static SubjectId subject(Handler handler) {
    Objects.requireNonNull(handler, "handler");
    SubjectKind kind =
        switch (handler.kind()) {
          case COMMUNITY -> SubjectKind.COMMUNITY;
          case SOCIAL_ORGANIZATION -> SubjectKind.ORGANIZATION;
          case DEPARTMENT, OFFICE_MEETING -> SubjectKind.DEPARTMENT;
        };
    return SubjectId.of(kind, handler.code());
  }

  /**
   * Returns the response of a feedback.
   *
   * @param feedback the feedback, not null
   * @param period the evaluation period it counts in (for example {@code Period.ofYear} of the
   *     feedback's year), not null
   * @return the response, unique per reporter, handler and period (a second feedback in one period
   *     is the satisfaction store's duplicate to decide)
   */
  public static Response response(FeedbackGiven feedback, Period period) {
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(period, "period");
    return Response.ofLevels(
        QUESTIONNAIRE,
        new ResponseKey(feedback.resident(), subject(feedback.handler()), period),
        RespondentCategory.ORDINARY_RESIDENT,
        feedback.satisfied() ? 1 : 0);
  }
}
